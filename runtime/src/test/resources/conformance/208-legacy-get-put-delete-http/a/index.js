// ---- value rendering helpers (identical in every case that uses them) ----
function show(v, stack = []) {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  switch (typeof v) {
    case "number": return Object.is(v, -0) ? "-0" : String(v);
    case "bigint": return `${v}n`;
    case "string": return JSON.stringify(v);
    case "boolean": return String(v);
    case "symbol": return `Symbol(${v.description ?? ""})`;
    case "function": return "function";
  }
  if (stack.includes(v)) return `<cycle ${stack.length - stack.indexOf(v)} up>`;
  stack = [...stack, v];
  if (v instanceof Error) return showErr(v);
  if (v instanceof Number || v instanceof String || v instanceof Boolean || Object.prototype.toString.call(v) === "[object BigInt]") {
    return `${v.constructor.name}Object(${show(v.valueOf())})`;
  }
  if (v instanceof Date) return `Date(${isNaN(v) ? "Invalid" : v.toISOString()})`;
  if (v instanceof RegExp) return `RegExp(/${v.source}/${v.flags} lastIndex=${v.lastIndex})`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${show(k, stack)} => ${show(x, stack)}`).join(", ")}}`;
  if (v instanceof Set) return `Set{${[...v].map((x) => show(x, stack)).join(", ")}}`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${[...new Uint8Array(v)].join(",")})`;
  if (v instanceof DataView) return `DataView(${[...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)].join(",")})`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${[...v].map((x) => show(x)).join(",")})`;
  if (Array.isArray(v)) {
    const items = [];
    for (let i = 0; i < v.length; i++) items.push(i in v ? show(v[i], stack) : "<hole>");
    return `[${items.join(", ")}]`;
  }
  const proto = Object.getPrototypeOf(v);
  const kind = proto === Object.prototype ? "" : proto === null ? "<null-proto>" : `${v.constructor?.name ?? "?"}`;
  return `${kind}{${Object.keys(v).map((k) => `${k}: ${show(v[k], stack)}`).join(", ")}}`;
}
function showErr(e) {
  if (!(e instanceof Error)) return `non-Error ${show(e)}`;
  const extra = Object.getOwnPropertyNames(e)
    .filter((k) => k !== "stack" && k !== "message")
    .sort()
    .map((k) => `${k}=${show(e[k])}`);
  return [e.constructor.name, `name=${e.name}`, `message=${JSON.stringify(e.message)}`, ...extra].join(" ");
}


const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}`);
const tests = {
  "/get-types": async (env) => [await settle(env.B.get("http://b/text")), await settle(env.B.get("http://b/json", "json")), await settle(env.B.get("http://b/bytes", "arrayBuffer")), await settle(env.B.get("http://b/text", "text")), await settle(env.B.get("http://b/text", "bogus"))],
  "/get-stream": async (env) => { const s = await env.B.get("http://b/text", "stream"); return [s instanceof ReadableStream, await new Response(s).text()]; },
  "/get-statuses": async (env) => [await settle(env.B.get("http://b/status/404")), await settle(env.B.get("http://b/status/410")), await settle(env.B.get("http://b/status/500")), await settle(env.B.get("http://b/status/403")), await settle(env.B.get("http://b/status/204")), await settle(env.B.get("http://b/status/404", "json"))],
  "/put-forms": async (env) => [await settle(env.B.put("http://b/p1", "string body")), await settle(env.B.put("http://b/p2", new Uint8Array([104, 105]))), await settle(env.B.put("http://b/p3", "x", { expiration: 123, expirationTtl: 60 })), await settle(env.B.put("http://b/p4", null))],
  "/put-statuses": async (env) => [await settle(env.B.put("http://b/status/500", "x")), await settle(env.B.put("http://b/status/404", "x")), await settle(env.B.put("http://b/status/201", "x"))],
  "/delete-statuses": async (env) => [await settle(env.B.delete("http://b/d")), await settle(env.B.delete("http://b/status/404")), await settle(env.B.delete("http://b/status/503"))],
  "/arg-coercion": async (env) => [await settle(env.B.get()), await settle(env.B.get("relative/path")), await settle(env.B.delete())],
  "/relative-forms": async (env) => [await settle(env.B.get("/abs/path")), await settle(env.B.put("relative/path", "x")), await settle(env.B.delete("/abs/path")), await settle(env.B.get("ftp://b/x")), await settle(env.B.get(12))],
  "/seen": (env) => env.B.fetch("http://b/seen").then((r) => r.text()),
};

export default {
  async fetch(request, env, ctx) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${show(await test(env, ctx, request))}`);
    } catch (e) {
      return new Response(`threw ${showErr(e)}`);
    }
  },
};
