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
const values = {
  weakRef: () => ({ r: new WeakRef({}) }),
  finReg: () => new FinalizationRegistry(() => {}),
  symbolObject: () => [Object(Symbol("boxed"))],
  argumentsObject: () => (function () { return arguments; })(1, 2),
  globalThis: () => globalThis,
  symbolDeep: () => ({ a: [1, { s: Symbol("deep") }] }),
  symbolMapKey: () => new Map([[Symbol.iterator, 1]]),
  weakMapInSet: () => new Set([new WeakMap()]),
  promiseNested: () => ({ p: Promise.resolve(1) }),
  generator: () => [(function* () {})()],
  asyncGenerator: () => (async function* () {})(),
  inheritsPlain: () => Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }),
  inheritsError: () => Object.create(Error.prototype),
  nullProtoNested: () => ({ inner: Object.create(null) }),
  instanceInMap: () => [1, [2, new Map([["k", { v: [new Point()] }]])]],
  throwingGetter: () => ({ get bad() { throw new RangeError("getter failed"); } }),
  mathAndJson: () => [Math, JSON],
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
  "/weak-and-registry": (env) => group(env, ["weakRef", "finReg"]),
  "/symbol-wrapper-and-arguments": (env) => group(env, ["symbolObject", "argumentsObject"]),
  "/global-this": (env) => group(env, ["globalThis"]),
  "/nested-symbols": (env) => group(env, ["symbolDeep", "symbolMapKey"]),
  "/nested-weakmap-promise": (env) => group(env, ["weakMapInSet", "promiseNested"]),
  "/generators": (env) => group(env, ["generator", "asyncGenerator"]),
  "/inheriting-objects": (env) => group(env, ["inheritsPlain", "inheritsError"]),
  "/null-prototype-and-instances": (env) => group(env, ["nullProtoNested", "instanceInMap"]),
  "/throwing-getter": (env) => group(env, ["throwingGetter"]),
  "/math-and-json": (env) => group(env, ["mathAndJson"]),
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
