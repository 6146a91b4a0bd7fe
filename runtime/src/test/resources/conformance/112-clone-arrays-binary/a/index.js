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

async function both(env, make) {
  const calleeSaw = await env.B.describe(make());
  const roundTrip = show(await env.B.echo(make()));
  return `callee saw ${calleeSaw} | round trip ${roundTrip}`;
}
const tests = {
  "/length-only-array": async (env) => env.B.arrInfo(new Array(5)),
  "/array-odd-keys": async (env) => { const a = [1]; a["-1"] = "neg"; a["4294967295"] = "big"; a["1.5"] = "frac"; return env.B.arrInfo(a); },
  "/array-holes": (env) => both(env, () => { const a = [undefined, , null, 4, 5, , ]; delete a[3]; return a; }),
  "/strings-odd": (env) => both(env, () => ["\udc00", "\ud83d", "\ud83d\ude00", "\u0000\u0000", "\uffff", "\ufeff"]),
  "/bigint-extremes": (env) => both(env, () => [2n ** 130n, -(2n ** 64n), 0n, -0n, 2n ** 63n - 1n, -1n]),
  "/typed-arrays-every-kind": (env) => both(env, () => [new Int8Array([-1, 127]), new Uint8Array([255]), new Uint8ClampedArray([300, -5]), new Int16Array([-2]), new Uint16Array([65535]), new Int32Array([-3]), new Uint32Array([4294967295]), new Float32Array([1.5, NaN]), new Float64Array([-0, Infinity]), new BigInt64Array([-5n]), new BigUint64Array([2n ** 64n - 1n])]),
  "/dataview-offsets": async (env) => { const buf = new ArrayBuffer(16); return [await env.B.viewInfo(new DataView(buf, 3, 5)), await env.B.viewInfo(new DataView(new ArrayBuffer(10), 4))]; },
  "/views-sharing-buffer": async (env) => { const buf = new ArrayBuffer(8); const a = new Uint8Array(buf, 1); const b = new Int16Array(buf, 4); const r = await env.B.echo([a, b, buf]); return [await env.B.sharing(a, b), r[0].buffer === r[1].buffer, r[1].buffer === r[2]]; },
  "/subarray-and-returned-views": async (env) => { const [u, d, b] = await env.B.retViews(); return [await env.B.viewInfo(new Uint16Array([1, 2, 3, 4, 5]).subarray(1, 3)), u.buffer === b, d.buffer === b, u.byteOffset, d.byteOffset, d.byteLength]; },
  "/empty-buffers": (env) => both(env, () => [new ArrayBuffer(0), new Uint8Array(0), new DataView(new ArrayBuffer(0))]),
  "/resizable-buffer": async (env) => { const b = new ArrayBuffer(4, { maxByteLength: 16 }); new Uint8Array(b).set([1, 2, 3, 4]); const r = await env.B.echo(b); return [await env.B.bufInfo(b), show(r), r.resizable, r.maxByteLength]; },
  "/length-tracking-views": async (env) => { const b = new ArrayBuffer(4, { maxByteLength: 16 }); return env.B.resizeAndMeasure([new Uint8Array(b), new Uint8Array(b, 0, 2), new DataView(b, 1), new DataView(b, 0, 4), new Uint16Array(b, 2)]); },
  "/length-tracking-at-max": async (env) => { const b = new ArrayBuffer(8, { maxByteLength: 8 }); new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]); const r = await env.B.echo([new Uint8Array(b), new Uint8Array(b, 0, 8), b]); return [show(r[0]), r[0].buffer === r[2], show(new Uint8Array(b))]; },
  "/detached-buffer": async (env) => { const b = new ArrayBuffer(4); const u = new Uint8Array(b); b.transfer(); try { await env.B.echo(u); } catch (e) { return showErr(e); } },
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
