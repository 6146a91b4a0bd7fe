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
function logged(extra) { log.length = 0; return { get first() { log.push("first"); return 1; }, ...extra, get last() { log.push("last"); return 2; } }; }
function trapProxy(target) { return new Proxy(target, { get(t, k, r) { if (typeof k === "string") log.push(`get:${k}`); return Reflect.get(t, k, r); }, ownKeys(t) { log.push("ownKeys"); return Reflect.ownKeys(t); }, getPrototypeOf(t) { log.push("proto"); return Reflect.getPrototypeOf(t); }, getOwnPropertyDescriptor(t, k) { log.push(`desc:${String(k)}`); return Reflect.getOwnPropertyDescriptor(t, k); } }); }
const values = {
  getterAroundPlainProtoMap: () => logged({ m: Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype) }),
  getterAroundArguments: () => logged({ args: (function () { return arguments; })(1) }),
  getterAroundProxy: () => logged({ p: trapProxy({ a: 1 }) }),
  getterAroundMath: () => logged({ math: [Math] }),
  getterAroundNullProto: () => logged({ n: Object.create(null) }),
  getterAroundInstance: () => { class P {} return logged({ i: [new P()] }); },
  getterAroundPlainProtoSetDate: () => logged({ s: Object.setPrototypeOf(new Set([1]), Object.prototype), d: Object.setPrototypeOf(new Date(0), Object.prototype), u: Object.setPrototypeOf(new Uint8Array(2), Object.prototype), b: Object.setPrototypeOf(new ArrayBuffer(1), Object.prototype), r: Object.setPrototypeOf(/x/g, Object.prototype), n: Object.setPrototypeOf(new Number(3), Object.prototype) }),
  getterAroundFunction: () => logged({ f: () => 1 }),
  getterAroundMapWithGetter: () => logged({ m: new Map([["k", { get inner() { log.push("inner"); return 3; } }]]) }),
  getterAroundSharedRef: () => { const o = { get g() { log.push("g"); return 1; } }; return logged({ a: o, m: new Map([[o, o]]), b: o }); },
};
export default class extends WorkerEntrypoint {
  describe(value) { return show(value); }
  give(name) { return values[name](); }
  getLog() { return [...log]; }
}
