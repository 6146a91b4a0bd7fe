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


const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);

const tests = {
  "/map-shapes": async (env) => {
    const k = { key: 1 };
    const m = new Map([[k, "obj"], [[1, 2], "arr"], [new Date(5), "date"], [-0, "negzero"], [undefined, "u"], [null, "n"], [1n, "big"], [true, "bool"], ["", "empty"]]);
    return [await settle(env.B.one(m)), await settle(env.B.describe(m))];
  },
  "/set-shapes": async (env) => {
    const s = new Set([new Set([1]), new Map([[1, 2]]), [3], { a: 4 }, NaN, -0, 0, 2n, "2", 2]);
    return [await settle(env.B.one(s)), await settle(env.B.describe(s))];
  },
  "/key-identity": async (env) => {
    const k = { k: 1 };
    const m = new Map([[k, k], [[k], "wrap"], ["x", k]]);
    const r = await env.B.one(m);
    const keys = [...r.keys()];
    return [keys[0] === r.get(keys[0]), r.get("x") === keys[0], keys[1][0] === keys[0], await env.B.keysIdentity(new Map([[k, 1], [{ k: 1 }, 2], [k === k ? "s" : "t", 3]]))];
  },
  "/mutation-isolation": async (env) => {
    const m = new Map([["a", 1], ["b", 2]]);
    const s = new Set([1]);
    const u = new Uint8Array([1, 2, 3]);
    const ab = new ArrayBuffer(2);
    const [rm, rs, ru, rab] = [await env.B.mutate(m), await env.B.mutate(s), await env.B.mutate(u), await env.B.mutate(ab)];
    return [show(m), show(rm), show(s), show(rs), show(u), show(ru), show(ab), show(rab)];
  },
  "/sender-mutates-after": async (env) => {
    const u = new Uint8Array([1, 2, 3]);
    const p = env.B.one(u);
    u[0] = 50;
    const m = new Map([["a", 1]]);
    const p2 = env.B.one(m);
    m.set("b", 2);
    return [show(await p), show(await p2), u.buffer.byteLength];
  },
  "/views-on-buffer": async (env) => {
    const buf = new ArrayBuffer(16);
    const a = new Uint8Array(buf, 4, 4);
    const b = new Uint16Array(buf, 8, 2);
    return [await settle(env.B.sharedBuf(a, b)), await settle(env.B.describe(a)), await settle(env.B.describe(b)), await settle(env.B.describe(new DataView(buf, 3))), await settle(env.B.describe(new Uint8Array(0))), await settle(env.B.describe(new Uint8Array(buf, 16)))];
  },
  "/typed-array-kinds": async (env) => {
    const vals = [new Int8Array([-1, 127]), new Uint8ClampedArray([300, -5]), new Int16Array([-2]), new Uint32Array([4294967295]), new Float32Array([1.5, NaN]), new Float64Array([-0]), new BigInt64Array([-1n]), new BigUint64Array([2n ** 64n - 1n])];
    const r = await env.B.echo(...vals);
    return r.map((x) => show(x));
  },
  "/typed-array-extra-props": async (env) => {
    const u = new Uint8Array([1, 2]); u.extra = "x";
    const ab = new ArrayBuffer(1); ab.extra = 1;
    const m = new Map(); m.extra = 2;
    return [await settle(env.B.describe(u)), await settle(env.B.describe(ab)), await settle(env.B.describe(m))];
  },
  "/returned-binary": async (env) => {
    const r = await env.B.makeBin();
    return [r.u.buffer === r.buf, r.dv.buffer === r.buf, r.u.byteOffset, r.dv.byteOffset, show(r.u), show(r.dv), show(r.f), Object.is(r.f[1], -0), show(r.buf)];
  },
  "/returned-map": async (env) => {
    const m = await env.B.makeMap();
    const [k] = m.keys();
    return [m.get(k) === k, m.size, m.get(NaN), m.has(-0), show(m)];
  },
  "/stored-across-calls": async (env) => {
    const m = new Map([["a", new Set([1])]]);
    await env.B.store(m);
    m.get("a").add(2);
    return [show(await env.B.readStored()), show(m)];
  },
  "/nested-collections": async (env) => {
    const inner = new Map([["i", 1]]);
    const v = new Map([["s", new Set([inner, inner])], ["m", inner], ["arr", [inner, new Set()]]]);
    const r = await env.B.one(v);
    return [show(r), r.get("m") === [...r.get("s")][0], r.get("arr")[0] === r.get("m"), r.get("s").size];
  },
  "/dataview-and-buffer-args": async (env) => {
    const buf = new ArrayBuffer(6);
    new Uint8Array(buf).set([1, 2, 3, 4, 5, 6]);
    const dv = new DataView(buf, 2, 2);
    const r = await env.B.echo(buf, dv, new Uint8Array(buf, 1, 2));
    return [r[1].buffer === r[0], r[2].buffer === r[0], show(r[0]), show(r[1]), show(r[2]), r[1].byteOffset, r[2].byteOffset];
  },
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
