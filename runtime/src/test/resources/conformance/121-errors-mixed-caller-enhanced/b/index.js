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
class MyErr extends TypeError { constructor(m) { super(m); this.name = "MyErr"; this.code = 3; } }
const throwers = {
  subclass: () => { throw new MyErr("sub"); },
  propsAndCause: () => { const e = new RangeError("props", { cause: new Error("inner") }); e.code = 1; throw e; },
  aggregate: () => { throw new AggregateError([new Error("a")], "agg"); },
  nameNumber: () => { const e = new Error("m"); e.name = 42; throw e; },
  classInstance: () => { throw new Thing(); },
  array: () => { throw [1, 2]; },
  string: () => { throw "plain string"; },
  functionProp: () => { const e = new Error("fp"); e.f = () => 1; e.name = "Named"; throw e; },
  messageNumber: () => { const e = new Error("x"); e.message = 5; throw e; },
  domException: () => { throw new DOMException("dom", "NotFoundError"); },
};
export default class extends WorkerEntrypoint {
  describe(value) { return show(value); }
  throwIt(n) { throwers[n](); }
  retValues() { return [new MyErr("v"), new Error("c", { cause: 1 }), Object.assign(new Error("p"), { code: 2 }), new AggregateError([1], "agg")]; }
}
