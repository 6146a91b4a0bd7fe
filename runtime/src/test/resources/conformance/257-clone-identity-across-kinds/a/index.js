import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

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

class Counter extends RpcTarget { constructor() { super(); this.n = 0; } inc() { return ++this.n; } }
const values = {
  errorCauseShared: () => { const o = { k: [1] }; return { e: new Error("x", { cause: o }), o, arr: o.k }; },
  viewShared: () => { const u8 = new Uint8Array([1, 2, 3]); return { a: u8, b: [u8], m: new Map([[u8, u8]]) }; },
  bufferFirst: () => { const buf = new ArrayBuffer(4); return { buf, v: new Uint8Array(buf, 1), d: { dv: new DataView(buf) } }; },
  bufferLast: () => { const buf = new ArrayBuffer(4); return { v: [new Uint16Array(buf, 2)], d: new DataView(buf, 1, 2), buf }; },
  functionShared: () => { const f = (x) => x * 3; return { f, m: new Map([[f, f]]), s: new Set([f]), list: [[f]] }; },
  targetShared: () => { const t = new Counter(); return { t, again: t, list: [t] }; },
  dateShared: () => { const d = new Date(9); return [d, { d }, new Map([["d", d]]), new Set([d])]; },
};
async function pair(env, method, name) { return [await env.B[method](values[name]()), await env.B[method](await env.B.give(name))]; }
const tests = {
  "/error-cause-shared": (env) => pair(env, "errInfo", "errorCauseShared"),
  "/view-shared": (env) => pair(env, "viewInfo", "viewShared"),
  "/buffer-first": (env) => pair(env, "bufInfo", "bufferFirst"),
  "/buffer-last": (env) => pair(env, "bufInfo2", "bufferLast"),
  "/function-shared": async (env) => { const r = await env.B.give("functionShared"); const [[k, v]] = r.m; return [r.f === k, k === v, r.s.has(r.f), r.list[0][0] === r.f, await r.f(2), await env.B.fnInfo(values.functionShared())]; },
  "/target-shared": async (env) => { const r = await env.B.give("targetShared"); return [r.t === r.again, r.t === r.list[0], await r.t.inc(), await r.again.inc(), await r.list[0].inc(), await env.B.targetInfo(values.targetShared())]; },
  "/date-shared": (env) => pair(env, "dateInfo", "dateShared"),
  "/same-object-across-arguments": async (env) => { const o = { x: 1 }; return env.B.args(o, new Map([[o, [o]]]), [o], o); },
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
