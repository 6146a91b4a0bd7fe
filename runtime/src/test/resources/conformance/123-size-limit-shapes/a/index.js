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

const MiB = 1024 * 1024;
const make = {
  atLimit: () => "x".repeat(32 * MiB - 12),
  oneOver: () => "x".repeat(32 * MiB - 11),
  twoByte: () => "\u0100".repeat(16.5 * MiB),
  latinHigh: () => "\u00e9".repeat(33 * MiB),
  manyStrings: () => Array.from({ length: 1100 }, (_, i) => "s".repeat(32 * 1024) + i),
  setOfStrings: () => new Set(Array.from({ length: 1100 }, (_, i) => "q".repeat(32 * 1024) + i)),
  bigObject: () => { const o = {}; for (let i = 0; i < 300000; i++) o["key" + i] = "v".repeat(100); return o; },
  float64: () => new Float64Array(4.2 * MiB),
  nestedBytes: () => ({ a: new Uint8Array(20 * MiB), b: [new DataView(new ArrayBuffer(13 * MiB), 5)] }),
};
async function arg(env, n) { try { return await env.B.take(make[n]()); } catch (e) { return showErr(e); } }
async function ret(env, n) { try { const r = await env.B.give(n); return typeof r; } catch (e) { return showErr(e); } }
const tests = {
  "/arg-boundary": async (env) => [await arg(env, "atLimit"), await arg(env, "oneOver")],
  "/ret-boundary": async (env) => [await ret(env, "atLimit"), await ret(env, "oneOver")],
  "/two-byte-string": async (env) => [await arg(env, "twoByte"), await ret(env, "twoByte")],
  "/latin1-string": async (env) => [await arg(env, "latinHigh"), await ret(env, "latinHigh")],
  "/many-strings": async (env) => [await arg(env, "manyStrings"), await ret(env, "manyStrings")],
  "/map-and-set-of-strings": async (env) => [await arg(env, "setOfStrings"), await ret(env, "mapOfStrings")],
  "/object-with-many-keys": async (env) => [await arg(env, "bigObject"), await ret(env, "bigObject")],
  "/typed-arrays-and-views": async (env) => [await arg(env, "float64"), await ret(env, "float64"), await arg(env, "nestedBytes"), await ret(env, "nestedBytes")],
  "/array-of-doubles": async (env) => ret(env, "doubles"),
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
