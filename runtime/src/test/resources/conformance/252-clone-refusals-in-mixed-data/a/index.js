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

class Point { constructor() { this.x = 1; } }
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MySet extends Set {}
class MyU8 extends Uint8Array {}
class MyBuf extends ArrayBuffer {}
class MyErr extends RangeError { constructor(m) { super(m); this.name = "MyErr"; } }
const values = {
  instanceDeep: () => [{ m: new Map([["k", { list: [1, new Point()] }]]) }],
  nullProtoInSet: () => ({ s: new Set([1, Object.assign(Object.create(null), { constructor: Object })]) }),
  inheritsPlainAsKey: () => ({ m: new Map([[Object.create({ a: 1 }), 1]]) }),
  arrayProtoObject: () => ({ x: Object.create(Array.prototype) }),
  mapProtoObject: () => [Object.setPrototypeOf({}, Map.prototype)],
  mapWithPlainProto: () => ({ m: Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype) }),
  arrayWithPlainProto: () => ({ a: Object.setPrototypeOf([1, 2], Object.prototype) }),
  dateSubclass: () => ({ d: new MyDate(5), r: new MyRegExp("x", "g") }),
  setAndTypedSubclass: () => ({ s: new MySet([1]), u: new MyU8([1, 2]) }),
  bufferSubclass: () => ({ b: new MyBuf(2) }),
  errorSubclassValue: () => ({ e: [new MyErr("custom")] }),
  dateWithNullProto: () => ({ d: Object.setPrototypeOf(new Date(0), null) }),
  firstRefusalWins: () => ({ a: new Map([[1, Symbol("first")]]), b: Object.create(null), c: new WeakSet() }),
  weakSetInArray: () => ({ a: [[new WeakSet()]] }),
  promiseAsKey: () => new Map([[Promise.resolve(), 1]]),
  generatorInSet: () => ({ s: new Set([(function* g() {})()]) }),
  typedArrayNullProto: () => ({ u: Object.setPrototypeOf(new Uint8Array(2), null) }),
};
// Both directions for a group of values: the argument's failure, then the return value's.
async function group(env, names) {
  const out = [];
  for (const n of names) {
    let sync = "";
    let arg;
    try {
      const p = env.B.describe(values[n]());
      try { arg = `ok ${await p}`; } catch (e) { arg = showErr(e); }
    } catch (e) { sync = "(sync) "; arg = showErr(e); }
    let ret;
    try { ret = `ok ${show(await env.B.give(n))}`; } catch (e) { ret = showErr(e); }
    out.push(`${n}: arg ${sync}${arg} | ret ${ret}`);
  }
  return "\n" + out.join("\n");
}
const tests = {
  "/instance-deep": (env) => group(env, ["instanceDeep"]),
  "/null-proto-in-set": (env) => group(env, ["nullProtoInSet"]),
  "/inherits-plain-as-key": (env) => group(env, ["inheritsPlainAsKey"]),
  "/array-and-map-prototypes": (env) => group(env, ["arrayProtoObject", "mapProtoObject"]),
  "/plain-prototype-on-map-and-array": (env) => group(env, ["mapWithPlainProto", "arrayWithPlainProto"]),
  "/date-regexp-subclasses": (env) => group(env, ["dateSubclass"]),
  "/set-typed-subclasses": (env) => group(env, ["setAndTypedSubclass", "bufferSubclass"]),
  "/error-subclass-value": (env) => group(env, ["errorSubclassValue"]),
  "/null-proto-date-typed": (env) => group(env, ["dateWithNullProto", "typedArrayNullProto"]),
  "/first-refusal-wins": (env) => group(env, ["firstRefusalWins"]),
  "/weak-promise-generator-nested": (env) => group(env, ["weakSetInArray", "promiseAsKey", "generatorInSet"]),
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
