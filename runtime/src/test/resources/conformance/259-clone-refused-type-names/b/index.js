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

const log = [];
class Renamed { static get name() { return "Fake"; } }
class Base {}
class Derived extends Base {}
function OldStyle() { this.v = 1; }
const values = {
  staticName: () => ({ r: new Renamed() }),
  anonymousClass: () => [new (class {})()],
  ctorOwnProp: () => { const d = new Derived(); d.constructor = Map; return { d }; },
  protoCtorDeleted: () => { class Gone {} delete Gone.prototype.constructor; return { g: new Gone() }; },
  createFromProto: () => ({ c: Object.create(Derived.prototype) }),
  oldStyle: () => new Map([["o", new OldStyle()]]),
  tagObject: () => ({ t: { [Symbol.toStringTag]: "Date", x: 1 }, u: new Map([["k", { [Symbol.toStringTag]: "Map", y: 2 }]]) }),
  tagGetter: () => { log.length = 0; return { m: new Map([["k", { get [Symbol.toStringTag]() { log.push("tag"); return "X"; }, z: 3 }]]), p: { get [Symbol.toStringTag]() { log.push("tag2"); return "Y"; } } }; },
  instanceWithTag: () => { class Tagged { get [Symbol.toStringTag]() { return "Nice"; } } return [new Tagged()]; },
};
export default class extends WorkerEntrypoint {
  describe(value) { return show(value); }
  give(name) { return values[name](); }
  getLog() { return [...log]; }
}
