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
export default class extends WorkerEntrypoint {
  describe(value) { return show(value); }
  give(name) { return values[name](); }
  errInfo(v) { return [v.e.cause === v.o, v.o.k === v.arr, show(v.e.cause)]; }
  viewInfo(v) { const [[k, x]] = v.m; return [v.a === v.b[0], v.a === k, k === x, show(v.a)]; }
  bufInfo(v) { return [v.v.buffer === v.buf, v.d.dv.buffer === v.buf, v.v.byteOffset, show(v.buf)]; }
  bufInfo2(v) { return [v.v[0].buffer === v.buf, v.d.buffer === v.buf, v.v[0].byteOffset, v.d.byteOffset, v.d.byteLength]; }
  async fnInfo(v) { const [[k, x]] = v.m; return [v.f === k, k === x, v.s.has(v.f), v.list[0][0] === v.f, await x(3)]; }
  async targetInfo(v) { return [v.t === v.again, v.t === v.list[0], await v.t.inc(), await v.again.inc()]; }
  dateInfo(v) { const [d, o, m, s] = v; return [d === o.d, d === m.get("d"), s.has(d)]; }
  args(a, m, arr, d) { const [[k, v]] = m; return [a === k, v[0] === a, arr[0] === a, d === a]; }
}
