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

const values = {
  numbersInPlain: () => ({ a: [-0, 0, NaN, Infinity, -Infinity], b: { i: 2 ** 31, j: -(2 ** 31), k: 2 ** 31 - 1, l: 2 ** 53, m: 2 ** 53 + 2, n: -(2 ** 63), o: 1e21, p: Number.MIN_VALUE, q: Number.MAX_VALUE, r: 5.5, s: 0.1 + 0.2, t: 4294967295, u: 4294967296 } }),
  bigintsInPlain: () => ({ z: 0n, m: -0n, big: [2n ** 200n, -(2n ** 70n)], one: { x: 1n } }),
  protoKeyOwn: () => JSON.parse('{"__proto__": {"polluted": 1}, "a": 1}'),
  protoKeyDefined: () => { const o = { b: 2 }; Object.defineProperty(o, "__proto__", { value: [1, 2], enumerable: true, configurable: true, writable: true }); return { o }; },
  specialKeys: () => ({ "": "empty", constructor: "c", toString: "t", hasOwnProperty: 1, valueOf: null, then: "not thenable?", "\ud800": "lone", "a.b": 1, "with space": 2 }),
  frozenSealed: () => ({ f: Object.freeze({ a: [1] }), s: Object.seal({ b: 2 }), n: Object.preventExtensions({ c: 3 }), fa: Object.freeze([1, 2]) }),
  definedProps: () => { const o = {}; Object.defineProperty(o, "hidden", { value: 1, enumerable: false }); Object.defineProperty(o, "ro", { value: 2, enumerable: true, writable: false }); Object.defineProperty(o, "acc", { get() { return "got"; }, enumerable: true }); o[Symbol("s")] = 3; o.after = 4; return o; },
  arrayDefinedProps: () => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { get() { return "getter"; }, enumerable: true }); Object.defineProperty(a, 2, { value: "hidden", enumerable: false }); Object.defineProperty(a, "h", { value: 1, enumerable: false }); a[Symbol("s")] = 1; return a; },
  undefinedVsHoles: () => ({ a: [undefined, , undefined], o: { u: undefined }, n: [null, [,]] }),
  longStrings: () => { const k = "k".repeat(5000); return { [k]: "v".repeat(70000), ["é".repeat(300)]: "\u00ff".repeat(10), two: "\u4e2d".repeat(1000) }; },
};
export default class extends WorkerEntrypoint {
  describe(value) { return show(value); }
  give(name) { return values[name](); }
  protoInfo(o) { return [Object.getPrototypeOf(o) === Object.prototype, Object.keys(o), Object.hasOwn(o, "__proto__"), show(Object.getOwnPropertyDescriptor(o, "__proto__")?.value), o.polluted]; }
  keysInfo(o) { return [show(o), Object.keys(o), Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o).length, Object.keys(o).map((k) => { const d = Object.getOwnPropertyDescriptor(o, k); return `${d.writable}${d.enumerable}${d.configurable}${"get" in d}`; })]; }
  frozenInfo(o) { return [Object.isFrozen(o.f), Object.isFrozen(o.f.a), Object.isSealed(o.s), Object.isExtensible(o.n), Object.isFrozen(o.fa), Object.isExtensible(o)]; }
  longInfo(o) { return Object.entries(o).map(([k, v]) => `${k.length}:${k.slice(0, 2)}=${v.length}:${v.slice(0, 2)}`); }
}
