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

const make = (n, kind) => { let v = null; for (let i = 0; i < n; i++) v = kind === "arr" ? [v] : kind === "map" ? new Map([[0, v]]) : kind === "err" ? new Error("e", { cause: v }) : { n: v }; return v; };
const depthOf = (v) => { let d = 0; while (v && typeof v === "object") { v = Array.isArray(v) ? v[0] : v instanceof Map ? v.get(0) : v instanceof Error ? v.cause : v.n; d++; } return d; };
async function attempt(f) { try { return await f(); } catch (e) { return showErr(e); } }
const tests = {
  "/arg-2000-objects": (env) => attempt(() => env.B.depth(make(2000, "obj"))),
  "/arg-3000-objects": (env) => attempt(() => env.B.depth(make(3000, "obj"))),
  "/arg-3000-arrays": (env) => attempt(() => env.B.depth(make(3000, "arr"))),
  "/arg-5000-maps": (env) => attempt(() => env.B.depth(make(5000, "map"))),
  "/arg-10000-objects": (env) => attempt(() => env.B.depth(make(10000, "obj"))),
  "/arg-4000-error-causes": (env) => attempt(() => env.B.depth(make(4000, "err"))),
  "/ret-2000-objects": (env) => attempt(async () => depthOf(await env.B.deepRet(2000, "obj"))),
  "/ret-3000-objects": (env) => attempt(async () => depthOf(await env.B.deepRet(3000, "obj"))),
  "/ret-50000-arrays": (env) => attempt(async () => depthOf(await env.B.deepRet(50000, "arr"))),
  "/structured-clone-depths": () => [2000, 3000, 20000].map((n) => { try { return depthOf(structuredClone(make(n, "obj"))); } catch (e) { return showErr(e); } }),
  "/shared-array-buffer-arg": (env) => attempt(() => env.B.sabInfo({ view: new Uint8Array(new SharedArrayBuffer(4)) })),
  "/shared-array-buffer-ret": (env) => attempt(() => env.B.retSab()),
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
