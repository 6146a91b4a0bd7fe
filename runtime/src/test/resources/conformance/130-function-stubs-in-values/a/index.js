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

const tests = {
  "/fn-in-map": async (env) => {
    const m = await env.B.fnInMap();
    return [m instanceof Map, typeof m.get("double"), await m.get("double")(21), m.get("data")];
  },
  "/fn-in-set": async (env) => {
    const s = await env.B.fnInSet();
    const [f] = [...s];
    return [s.size, typeof f, await f()];
  },
  "/deep-fns": async (env) => {
    const o = await env.B.deepFns();
    return [o.level1.list[0], await o.level1.list[1].run("x")];
  },
  "/fn-props": async (env) => {
    const f = await env.B.tagged();
    return [await f.label, await f.nested, await f.nested.depth.n, await f.helper("h"), await f("c")];
  },
  "/fn-missing-prop": async (env) => {
    const f = await env.B.tagged();
    return await f.nothing;
  },
  "/fn-missing-method": async (env) => {
    const f = await env.B.tagged();
    return await f.nothing(1);
  },
  "/fn-prop-not-function": async (env) => {
    const f = await env.B.tagged();
    return await f.label(1);
  },
  "/closure-counter": async (env) => {
    const c = await env.B.counter(10);
    const a = await c.inc();
    const b = await c.inc();
    const all = await Promise.all([c.inc(), c.inc(), c.inc()]);
    return [a, b, all, await c.get()];
  },
  "/many-calls": async (env) => {
    const f = await env.B.moduleCounter();
    const first = await f();
    const rest = await Promise.all(Array.from({ length: 25 }, () => f()));
    return [rest.length, rest[rest.length - 1] - first];
  },
  "/fn-returns-fn": async (env) => {
    const f = await env.B.fnReturningFn();
    const g = await f(6);
    return [typeof g, await g(7), await f(2)(3)];
  },
  "/fn-returns-object": async (env) => {
    const f = await env.B.fnReturningObject();
    const o = await f();
    return [o.value, await o.again(), await f().again(), await f().value];
  },
  "/async-fn": async (env) => { const f = await env.B.asyncFn(); return f(20); },
  "/throwing-fn": async (env) => {
    const f = await env.B.throwingFn();
    const out = [];
    for (const k of ["type", "range"]) { try { await f(k); } catch (e) { out.push(showErr(e)); } }
    return out;
  },
  "/same-fn-twice": async (env) => {
    const [a, b, o] = await env.B.sameFnTwice();
    return [a === b, a === o.f, await a(), await o.f()];
  },
  "/fn-reflection": async (env) => {
    const f = await env.B.classyFn();
    return [typeof f, Object.prototype.toString.call(f), f instanceof Function, typeof f.name, typeof f.length, Object.keys(f), await f(2, 3)];
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
