import { WorkerEntrypoint } from "cloudflare:workers";

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

class Pt { constructor() { this.x = 1; } get y() { return 2; } }
const values = {
  getterDeletes: () => ({ a: 1, get g() { delete this.c; this.z = 1; return "G"; }, c: 3, d: [1, 2] }),
  arrayShrinks: () => { const arr = [{ get x() { arr.length = 1; return "x"; } }, "b", "c"]; return arr; },
  plainProtoRich: () => ({ m: Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype), r: Object.setPrototypeOf(/q/gimsuy, Object.prototype), s: Object.setPrototypeOf(new Set([3]), null) }),
  instancesLocal: () => ({ p: new Pt(), i: Object.create({ inh: 1 }, { own: { value: 2, enumerable: true } }), n: Object.assign(Object.create(null), { k: 1 }) }),
  errorShared: () => { const e = new RangeError("r"); const o = { e }; e.cause = o; return { o, list: [e], m: new Map([[e, o]]) }; },
  sparseViews: () => { const b = new ArrayBuffer(16); const a = []; a.length = 2 ** 32 - 1; a[7] = new Uint8Array(b, 2, 2); a[8] = new DataView(b, 4); a.k = new BigInt64Array(b, 8, 1); return a; },
  symbolDeep: () => ({ x: [new Map([[1, new Set([Symbol("local")])]])] }),
  fnDeep: () => ({ x: [{ f() {} }] }),
};
function local(name, check) {
  try { const c = structuredClone(values[name]()); return check ? check(c) : show(c); } catch (e) { return showErr(e); }
}
const tests = {
  "/local-getter-deletes": () => local("getterDeletes", (c) => [show(c), Object.keys(c)]),
  "/local-array-shrinks": () => local("arrayShrinks", (c) => [show(c), c.length, Object.keys(c)]),
  "/local-plain-proto-rich": () => local("plainProtoRich"),
  "/local-instances": () => local("instancesLocal", (c) => [show(c), Object.getPrototypeOf(c.p) === Object.prototype, c.p.y]),
  "/local-error-shared": () => local("errorShared", (c) => [show(c.o), c.list[0] === c.o.e, c.o.e.cause === c.o, [...c.m.keys()][0] === c.list[0], c.m.get(c.list[0]) === c.o]),
  "/rpc-error-shared": async (env) => { const r = await env.B.errShared(values.errorShared()); const back = await env.B.give("errorShared"); return [r, [back.list[0] === back.o.e, back.o.e.cause === back.o, [...back.m.keys()][0] === back.list[0], back.m.get(back.list[0]) === back.o]]; },
  "/local-sparse-views": () => local("sparseViews", (c) => [c.length, Object.keys(c), c[7].buffer === c[8].buffer, c[8].buffer === c.k.buffer, c[7].byteOffset, c[8].byteOffset, c.k.byteOffset]),
  "/local-symbol-deep": () => local("symbolDeep"),
  "/local-function-deep": () => local("fnDeep"),
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
