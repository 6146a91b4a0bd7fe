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

const named = (name, msg = "m", Ctor = Error) => () => { const e = new Ctor(msg); e.name = name; throw e; };
class MyErr extends TypeError { constructor(m) { super(m); this.name = "MyErr"; } }
class MyDom extends DOMException { constructor(m) { super(m, "AbortError"); } }
const throwers = {
  evalError: () => { throw new EvalError("ev"); },
  uriError: () => { throw new URIError("uri"); },
  aggregate: () => { throw new AggregateError([new Error("a")], "agg", { cause: "c" }); },
  subclass: () => { throw new MyErr("sub of type"); },
  nameNumber: named(42),
  nameUndefinedOnRangeError: named(undefined, "m", RangeError),
  nameEmpty: named(""),
  nameBuiltinOnError: named("TypeError"),
  nameEvalOnRange: named("EvalError", "m", RangeError),
  nameObject: named({ toString() { return "ObjName"; } }),
  namePrefixTypeError: named("TypeErrorX"),
  namePrefixError: named("ErrorCode"),
  nameWithColon: named("A: B"),
  nameDomException: named("DOMException"),
  nameDomParen: named("DOMException(Foo)"),
  nameOnPrototype: () => { class P extends Error {} P.prototype.name = "ProtoName"; throw new P("pn"); },
  customEmptyMessage: named("Custom", ""),
  messageNumber: () => { const e = new Error("m"); e.message = 42; throw e; },
  messageDeleted: () => { const e = new TypeError("m"); delete e.message; throw e; },
  messageGetter: () => { const e = new Error("m"); Object.defineProperty(e, "message", { get() { return "got"; } }); throw e; },
  messageLeadingColon: () => { throw new Error(": leading colon"); },
  messageMultiline: () => { throw new TypeError("line1\nline2"); },
  fakeTypeError: () => { const o = Object.create(TypeError.prototype); o.message = "fake"; throw o; },
  fakeError: () => { throw Object.create(Error.prototype); },
  domSubclass: () => { throw new MyDom("dom sub"); },
  domCustomName: () => { throw new DOMException("dom custom", "WeirdName"); },
  domDefault: () => { throw new DOMException("dom default"); },
  domParenInName: () => { throw new DOMException("m", "A)B"); },
  domEmptyName: () => { throw new DOMException("m", ""); },
};
export default class extends WorkerEntrypoint {
  throwIt(name) { return throwers[name](); }
  async throwAsync(name) { await null; return throwers[name](); }
}
