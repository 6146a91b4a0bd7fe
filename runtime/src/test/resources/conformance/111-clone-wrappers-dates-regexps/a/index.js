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
  "/number-object-extra-props": async (env) => env.B.wrapperKeys(Object.assign(new Number(3), { extra: "e" })),
  "/string-object-extra-props": async (env) => env.B.wrapperKeys(Object.assign(new String("abc"), { extra: "e" })),
  "/wrappers-special-values": (env) => both(env, () => [new Number(NaN), new Number(-0), new Number(-Infinity), new String(""), new Boolean(true), Object(-(2n ** 70n))]),
  "/string-object-surrogate": (env) => both(env, () => new String("a\ud800\u0000b")),
  "/wrapper-shared": async (env) => { const w = new Number(1); const [a, b] = await env.B.echo([w, w]); return [a === b, typeof a]; },
  "/date-limits": (env) => both(env, () => [new Date(8.64e15), new Date(-8.64e15), new Date(8.64e15 + 1)]),
  "/date-odd-times": (env) => both(env, () => [new Date(-1), new Date(-62198755200000), new Date(0.9), new Date(-0)]),
  "/date-extra-props": async (env) => { const d = new Date(0); d.extra = 1; const r = await env.B.echo(d); const back = await env.B.dateRet(); return [Object.keys(r), r.getTime(), back.toISOString(), Object.keys(back)]; },
  "/regexp-flags-d-s-y": async (env) => env.B.regexpDetails(/a.b/dsy),
  "/regexp-flags-u-g-i-m": async (env) => env.B.regexpDetails(/\u{1F600}+/gimu),
  "/regexp-flag-v": async (env) => env.B.regexpDetails(new RegExp("[\\p{L}--[a-z]]", "v")),
  "/regexp-lastindex-extra": async (env) => { const r = /x/g; r.lastIndex = 7; r.extra = "e"; const back = await env.B.regexpRet(); return [await env.B.regexpDetails(r), back.flags, back.lastIndex, back.extra]; },
  "/regexp-odd-sources": (env) => both(env, () => [new RegExp("a/b\n"), new RegExp(""), /[/]/]),
  "/regexp-shared": async (env) => { const r = /s/; const o = await env.B.echo({ a: r, b: r }); return o.a === o.b; },
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
