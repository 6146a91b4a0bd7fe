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

class Thing { constructor() { this.x = 1; } }
class MyErr extends TypeError { constructor(m) { super(m); this.name = "MyErr"; } }
const throwers = {
  nonEnumerable: () => { const e = new Error("ne"); Object.defineProperty(e, "hidden", { value: 1, enumerable: false }); e.shown = 2; throw e; },
  symbolKey: () => { const e = new Error("sk"); e[Symbol("s")] = 1; e.ok = 1; throw e; },
  getter: () => { const e = new Error("gp"); Object.defineProperty(e, "g", { get() { return "got"; }, enumerable: true }); throw e; },
  instanceProp: () => { const e = new Error("ip"); e.inst = new Thing(); throw e; },
  remoteProp: () => { const e = new Error("rp"); e.remote = "mine"; throw e; },
  functionProp: () => { const e = new Error("fp"); e.f = () => 1; e.name = "Named"; throw e; },
  symbolValue: () => { const e = new RangeError("sv"); e.sym = Symbol("v"); e.ok = 1; throw e; },
  causeCycle: () => { const e = new Error("cyc"); e.cause = e; e.name = "CycName"; throw e; },
  causeChain: () => { throw new TypeError("top", { cause: new RangeError("mid", { cause: new MyErr("bottom") }) }); },
  aggregate: () => { throw new AggregateError([new TypeError("t1"), "str", new MyErr("sub")], "agg", { cause: { code: 1n } }); },
  renamedTypeError: () => { const e = new TypeError("tn"); e.name = "Custom"; e.code = 5; throw e; },
  nameNumber: () => { const e = new Error("m"); e.name = 42; throw e; },
  nameUndefined: () => { const e = new RangeError("m"); e.name = undefined; throw e; },
  nameOnPrototype: () => { class P extends Error {} P.prototype.name = "ProtoName"; throw new P("pn"); },
  messageNumber: () => { const e = new Error("x"); e.message = 5; throw e; },
  messageGetter: () => { const e = new Error("m"); Object.defineProperty(e, "message", { get() { return "got"; } }); throw e; },
  array: () => { const a = [1, 2]; a.extra = "e"; throw a; },
  plainObject: () => { throw { name: "TypeError", message: "looks like error", nested: [new Map([[1, 2]])] }; },
  classInstance: () => { throw new Thing(); },
  nullPrototype: () => { throw Object.assign(Object.create(null), { k: 1 }); },
  date: () => { throw new Date(0); },
  frozen: () => { throw Object.freeze({ a: 1 }); },
  objectWithFunction: () => { throw { toString() { return "custom"; } }; },
  promise: () => { throw Promise.resolve(1); },
  string: () => { throw "plain string"; },
  arrow: () => { throw () => 1; },
  domWithProps: () => { const d = new DOMException("dp", "NotFoundError"); d.extra = 1; d.cause = "why"; throw d; },
};
export default class extends WorkerEntrypoint {
  throwIt(name) { return throwers[name](); }
  async throwAsync(name) { await null; return throwers[name](); }
}
