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
  viewsOneBuffer: () => { const buf = new ArrayBuffer(64); const u8 = new Uint8Array(buf); for (let i = 0; i < 64; i++) u8[i] = i; return { a: new Uint8Array(buf, 1, 3), b: { c: new Int16Array(buf, 4, 2), d: [new Float32Array(buf, 8, 2), new DataView(buf, 17, 7)] }, e: new BigInt64Array(buf, 24, 2), f: new BigUint64Array(buf, 40, 1), g: new Uint8ClampedArray(buf, 48), h: new Int32Array(buf, 52, 1), i: new Float64Array(buf, 56, 1), raw: buf }; },
  bigintArrays: () => ({ s: new BigInt64Array([-(2n ** 63n), 2n ** 63n - 1n, -1n]), u: [new BigUint64Array([0n, 2n ** 64n - 1n])], view: new DataView(new BigInt64Array([5n, -6n]).buffer, 8) }),
  dataViewsInPlain: () => { const buf = new ArrayBuffer(6); const dv = new DataView(buf); dv.setInt16(0, -2); dv.setUint32(2, 0xdeadbeef); return { whole: dv, part: new DataView(buf, 2), empty: new DataView(buf, 6), same: dv }; },
  dateEdges: () => ({ max: new Date(8.64e15), min: new Date(-8.64e15), over: new Date(8.64e15 + 1), frac: new Date(1.9), negFrac: new Date(-1.9), negZero: new Date(-0), y0: new Date(Date.UTC(0, 0, 1) - 1), nan: new Date(NaN), list: [new Date("2000-02-29T12:00:00Z")] }),
  regexpsInPlain: () => { const r = /a(?<n>b)/dgimsuy; r.lastIndex = 5; const v = /[\p{L}--[a-z]]/v; v.lastIndex = 2; return { r, again: r, inner: [r, v], m: new Map([[r, v]]), empty: new RegExp(""), slash: new RegExp("a/b\n") }; },
  integerKeys: () => ({ b: 1, "01": 2, "4294967295": 3, "-0": 4, "1": 5, "4294967294": 6, "1e3": 7, "0": 8, "-1": 9, "1.0": 10, " 2": 11, "9007199254740993": 12, a: 13 }),
  integerKeysRich: () => ({ "2": new Map([["01", 1]]), "01": new Set(["1"]), "4294967295": [new Date(1)], "-0": { "0": -0 }, x: new Map([[1, { "10": 1, "9": 2 }]]) }),
  sparseMax: () => { const a = []; a.length = 2 ** 32 - 1; a[5] = new Set([1]); a[2 ** 32 - 2] = "last"; a[1000000] = { o: [1] }; a.k = "v"; return { a }; },
  sparseInMap: () => { const a = [, "x"]; a.length = 2 ** 31; return new Map([["a", a]]); },
  wideObject: () => { const o = {}; for (let i = 0; i < 10000; i++) o["k" + i] = i % 1000 === 0 ? new Date(i) : i % 3 === 0 ? [i] : i; return o; },
  wideIndexObject: () => { const o = { z: 1 }; for (let i = 9999; i >= 0; i--) o[i] = i; o.m = new Map([[1, 2]]); return o; },
  wideArrayOfRich: () => Array.from({ length: 3000 }, (_, i) => (i % 2 ? new Map([[i, i]]) : { i, s: new Set([i]) })),
};
async function both(env, make) {
  const calleeSaw = await env.B.describe(make());
  const roundTrip = show(await env.B.echo(make()));
  return `callee saw ${calleeSaw} | round trip ${roundTrip}`;
}
async function pair(env, method, name) { return [await env.B[method](values[name]()), await env.B[method](await env.B.give(name))]; }
const tests = {
  "/views-one-buffer": (env) => pair(env, "viewsInfo", "viewsOneBuffer"),
  "/views-one-buffer-shown": (env) => both(env, values.viewsOneBuffer),
  "/bigint-arrays": (env) => both(env, values.bigintArrays),
  "/dataviews-in-plain": (env) => pair(env, "dvInfo", "dataViewsInPlain"),
  "/date-edges": (env) => both(env, values.dateEdges),
  "/regexps-in-plain": (env) => pair(env, "reInfo", "regexpsInPlain"),
  "/integer-like-keys": (env) => pair(env, "keysOf", "integerKeys"),
  "/integer-like-keys-rich": (env) => pair(env, "describe", "integerKeysRich"),
  "/sparse-max-length": (env) => pair(env, "sparseInfo", "sparseMax"),
  "/sparse-in-map": (env) => pair(env, "sparseMapInfo", "sparseInMap"),
  "/wide-object": (env) => pair(env, "wideInfo", "wideObject"),
  "/wide-index-object": (env) => pair(env, "wideInfo", "wideIndexObject"),
  "/wide-array-of-rich": (env) => pair(env, "arrInfo", "wideArrayOfRich"),
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
