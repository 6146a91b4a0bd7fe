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


async function each(list, f) { const out = []; for (const k of list) { try { const v = await f(k); out.push(`${k}: ok ${show(v)}`); } catch (e) { out.push(`${k}: ${showErr(e)}${e instanceof Error ? "" : " remote=" + e.remote}`); } } return "\n" + out.join("\n"); }
const tests = {
  "/http-non-errors": (env) => each(["str", "num", "nul", "undef", "obj", "arr", "map", "custom"], (k) => env.B.fetch("http://b/" + k)),
  "/constructor-throws": (env) => each(["rpc", "http"], (k) => k === "rpc" ? env.BROKEN.m() : env.BROKEN.fetch("http://b/")),
  "/error-args": (env) => { const mk = () => { const e = new URIError("arg"); e.code = 9; e.name = "ArgErr"; return e; }; return each(["rethrow", "return", "wrap", "rethrowAgg"], (k) => k === "rethrow" ? env.B.rethrowArg(mk()) : k === "return" ? env.B.returnArg(mk()).then((v) => [v, v[0] === v[1]]) : k === "wrap" ? env.B.wrapArg(mk()) : env.B.rethrowArg(new AggregateError([mk()], "ag"))); },
};
export default {
  async fetch(request, env, ctx) {
    const test = tests[new URL(request.url).pathname];
    try { return new Response(`ok ${show(await test(env, ctx, request))}`); } catch (e) { return new Response(`threw ${showErr(e)}`); }
  },
};
