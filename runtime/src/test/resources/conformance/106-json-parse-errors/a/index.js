// JSON.parse refusals in V8's words: each request parses one text (by index) and reports the error.
const inputs = ["", " ", "{bad", "{", "[", "[1,", "[1 2]", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{'a':1}", "{a:1}", "tru", "nul", "undefined", "abc", "\"abc", "\"a\\x\"", "\"a\\u12G4\"", "\"a\u0001\"", "-", "-a", "1e", "1e+", "1.", "1.e3", "01", "1 2", "{} x", "[1,]", "{\"a\":1,}", "{\"a\":}", ":", "]", "}", "\"long string with a token here that goes on and on\" x", "{\"key\": \"value\", \"other\": nope, \"more\": 12345678}", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, x]", "x[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]", "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]x", "\n\n  {\n  \"a\": oops\n}", "NaN", "Infinity", "+1", ".5", "0x10", "\"\\", "[\"a\" \"b\"]", "{\"a\":1}}", "é", "{\"é\": x}", "\"\t\"", "1_000", "[1]]", "{\"a\":1}{", "{\"a\":1", "[1", "trux", "nulx", "\"abc\\u12", "{\"a\"", "{\"a\":", "[1,2", "{\"a\" 1", "   x", "[1,,2]", "{,}", "{\"a\":1,,}", "0123456789x", "01234567890123456789x", "012345678901234567890x", "[1, 2, 3, 4, 5, 6, 7, 8, 9,x", "[\n1,\n2,\n  x]", "\"ab\ncd\"", "[-]", "[1e]", "{\"a\":tru}", "{\"a\":truex}", "\"\\ud800\"", "\"😀\" x", "[\"😀\", x]", "[object Object]", "{\"a\":1}\n\nx", "\"\\", "\"\\u", "[1]   ", "  [1] x ", "[true false]", "{\"a\":[1,{\"b\":2]}", "\"abc\"def", "1.5e10x", "-0x", "1e5.5", "[,1]", "{\"a\":1}  }", "﻿{}", " {}", "{\"a\":\"b\",\"c\":\"d\",\"e\":\"f\",\"g\":h}", "{\"aaaaaaaaaaaaaaaaaaaaaaaa\":1,\"b\":@}", "tru1", "tru\"", "fals", "[1,2,3,4,5,6,7,8,9,10,\"x\" \"y\"]", "\"0123456789012345678901234567890\"x", "{\"a\":\"\\q\"}"];
const calls = {
  "/reviver-throws": () => JSON.parse("[1]", () => { throw new RangeError("from the reviver"); }),
  "/not-a-string": () => JSON.parse({}),
  "/undefined": () => JSON.parse(undefined),
  "/number": () => JSON.parse(12),
  "/shape": () => [JSON.parse.name, JSON.parse.length, typeof JSON.parse],
  "/request-json": () => new Request("http://x/", { method: "POST", body: "{oops" }).json(),
  "/response-json": () => new Response("[1,]").json(),
  "/valid": () => JSON.parse(' {"a": [1, -0.5e3, true, null, "\\u00e9"]} '),
};
export default {
  async fetch(request) {
    const path = new URL(request.url).pathname;
    const run = calls[path] || (() => JSON.parse(inputs[Number(path.slice(1))]));
    try { return new Response(`ok ${JSON.stringify(await run())}`); }
    catch (e) { return new Response(`threw ${e.constructor.name} ${JSON.stringify(e.message)}`); }
  },
};
