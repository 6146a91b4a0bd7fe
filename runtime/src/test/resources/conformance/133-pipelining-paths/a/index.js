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

const safe = async (f) => { try { return await f(); } catch (e) { return `threw ${showErr(e)}`; } };
const tests = {
  "/deep-path": async (env) => [await env.B.a().b.c().d, await env.B.a().b.c().target.d, await env.B.a().b.c().target.e(1)],
  "/through-function-results": async (env) => [await env.B.getFn()(4).doubled, await env.B.getFn()(4).inner("z"),
    await env.B.a().make(5).y, await env.B.a().make(5).g()],
  "/plain-values-at-the-end": async (env) => [await env.B.a().data.u, await env.B.a().data.n, await env.B.a().data.z,
    await env.B.a().data.nested, await safe(() => env.B.a().data.missing)],
  "/through-primitives": async (env) => [await safe(() => env.B.a().data.name.length), await safe(() => env.B.a().data.num.toFixed()),
    await safe(() => env.B.a().data.n.x), await safe(() => env.B.a().data.missing.deeper)],
  "/through-arrays": async (env) => [await safe(() => env.B.a().list.length), await safe(() => env.B.a().data.nested.arr.length),
    await safe(() => env.B.arr().length), await safe(() => env.B.arr().extra), typeof env.B.arr()[0]],
  "/on-other-results": async (env) => [await safe(() => env.B.nothing().foo), await safe(() => env.B.nul().foo(1)),
    await safe(() => env.B.date().getTime()), await safe(() => env.B.map().size), await safe(() => env.B.str().length)],
  "/not-a-function": async (env) => [await safe(() => env.B.a().data.name()), await safe(() => env.B.a().t.d()),
    await safe(() => env.B.a().t.obj.inner()), await safe(() => env.B.a().fn.prop()), await safe(() => env.B.str()())],
  "/into-targets-in-result": async (env) => [await env.B.a().t.obj.inner.v, await safe(() => env.B.a().t.obj.list.length),
    await env.B.a().t.obj.u, await safe(() => env.B.a().t.nope), await env.B.a().t.obj.fn()],
  "/function-own-props": async (env) => [await env.B.a().fn.prop.x, await env.B.a().fn.name, await env.B.a().fn.length,
    await safe(() => env.B.a().fn.call(null))],
  "/binding-paths": async (env) => [await env.B.a.name, await safe(() => env.B.a.call(null)), await safe(() => env.B.a.data()),
    await env.B.config.name, await env.B.config.inner.deep.v, await env.B.config.u, await safe(() => env.B.config.missing)],
  "/binding-paths-blocked": async (env) => [await safe(() => env.B.config.list.length), await safe(() => env.B.config.date.getTime()),
    await env.B.tagged.prop.x, await safe(() => env.B.tagged.prop())],
  "/stub-paths": async (env) => {
    const t = await env.B.target();
    return [await t.obj.inner.v, await safe(() => t.obj.list.length), await t.obj.n, await safe(() => t.obj.n.x),
      await t.obj.fn(), await safe(() => t.obj.inner.v())];
  },
  "/after-failed-call": async (env) => [await safe(() => env.B.fails().x), await safe(() => env.B.failsLater().x.y())],
  "/stub-argument": async (env) => env.B.echoFn().call((v) => `cb got ${v}`, 7),
  "/promise-argument": async (env) => {
    const p = env.B.target().e(env.B.target());
    const q = env.B.target().e(env.B.target);
    return [typeof p, await safe(() => p), await safe(() => q)];
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
