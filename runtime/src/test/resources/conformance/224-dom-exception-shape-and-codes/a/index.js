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


async function tryIt(f) { try { const v = await f(); return `ok ${show(v)}`; } catch (e) { return `${showErr(e)}${e instanceof Error ? "" : " remote=" + e.remote}`; } }
async function each(list, f) { const out = []; for (const k of list) out.push(`${k}: ${await tryIt(() => f(k))}`); return "\n" + out.join("\n"); }
const KINDS = ["typeErrorCode", "subclass", "aggregate", "dom", "string", "object", "retryable", "causeChain"];
const tests = {
  "/dom-thrown": (env) => each(["TimeoutError", "InvalidStateError", "QuotaExceededError", "SyntaxError", "NetworkError", "HierarchyRequestError", "NotSupportedError", "EncodingError", "OperationError"], (k) => env.B.dom(k)),
  "/dom-values": (env) => each(["TimeoutError", "InvalidStateError", "QuotaExceededError", "SyntaxError", "DataCloneError", "NotSupportedError", "EncodingError"], (k) => env.B.domValue(k)),
  "/dom-local-shape": () => { const d = new DOMException("m", "InvalidStateError"); return [Object.keys(d), JSON.stringify(Object.getOwnPropertyDescriptor(d, "name")), JSON.stringify(Object.getOwnPropertyDescriptor(d, "code")), JSON.stringify(Object.getOwnPropertyDescriptor(d, "message")), Reflect.set(d, "name", "X"), Reflect.set(d, "code", 1), Reflect.set(d, "message", "q"), d.name, d.code, d.message, Object.prototype.toString.call(d)]; },
  "/dom-received-shape": async (env) => { let d; try { await env.B.dom("NotFoundError"); } catch (e) { d = e; } return [Object.keys(d), JSON.stringify(Object.getOwnPropertyDescriptor(d, "name")), JSON.stringify(Object.getOwnPropertyDescriptor(d, "message")), Reflect.set(d, "name", "X"), Reflect.set(d, "remote", 5), d.name, d.remote, d instanceof DOMException, d instanceof Error, Object.prototype.toString.call(d)]; },
  "/dom-value-shape": async (env) => { const d = await env.B.domValue("TimeoutError"); return [Object.keys(d), JSON.stringify(Object.getOwnPropertyDescriptor(d, "code")), d.code, d.name, d.message]; },
  "/dom-subclasses": () => { class Sub extends DOMException { constructor(m) { super(m, "NotFoundError"); this.extra = 1; } } class GetterName extends DOMException { get name() { return "GN"; } } const s = new Sub("s"); const g = new GetterName("g", "AbortError"); return [Object.keys(s), s.name, s.code, String(s), Object.prototype.toString.call(s), g.name, g.code, Object.keys(g)]; },
  "/dom-defaults-and-redefine": () => { const n = new DOMException(); const d = new DOMException("m", "AbortError"); Object.defineProperty(d, "name", { value: "Z" }); const x = new DOMException("m", "SyntaxError"); delete x.name; delete x.code; delete x.message; return [n.name, n.message, n.code, Object.keys(n), d.name, String(d), Object.keys(d), x.name, x.code, x.message, Object.keys(x)]; },
  "/dom-stack-property": () => { const d = new DOMException("m", "AbortError"); const s = Object.getOwnPropertyDescriptor(d, "stack"); return [Object.keys(s), typeof s.get, s.enumerable, String(d.stack).split("\n")[0], Object.getOwnPropertyNames(DOMException.prototype).filter((k) => !/^[A-Z_]+$/.test(k))]; },
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
