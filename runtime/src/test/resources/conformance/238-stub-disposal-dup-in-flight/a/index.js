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

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
const tests = {
  "/dup-dispose-original": async (env) => {
    const t = await env.B.make("o");
    const d = t.dup();
    t[Symbol.dispose]();
    return [await tryIt(() => t.name()), await tryIt(() => d.name()), await tryIt(() => d.bump())];
  },
  "/dup-dispose-copy": async (env) => {
    const t = await env.B.make("c");
    const d = t.dup();
    d[Symbol.dispose]();
    return [await tryIt(() => t.name()), await tryIt(() => d.name())];
  },
  "/dispose-twice-each": async (env) => {
    const t = await env.B.make("tw");
    const d = t.dup();
    const r = [t[Symbol.dispose](), t[Symbol.dispose](), d[Symbol.dispose](), d[Symbol.dispose]()];
    return [r, await tryIt(() => t.name()), await tryIt(() => d.name()), await tryIt(() => t.dup().name())];
  },
  "/dispose-in-flight": async (env) => {
    const t = await env.B.make("fl");
    const p = t.slow(60);
    const q = t.name();
    t[Symbol.dispose]();
    const after = await tryIt(() => t.name());
    return [await tryIt(() => p), await tryIt(() => q), after];
  },
  "/dispose-fn-in-flight": async (env) => {
    const f = await env.B.slowFn();
    const p = f(40);
    f[Symbol.dispose]();
    return [await tryIt(() => p), await tryIt(() => f(1))];
  },
  "/dispose-dup-keeps-in-flight": async (env) => {
    const t = await env.B.make("df");
    const d = t.dup();
    const p = d.slow(30);
    d[Symbol.dispose]();
    return [await tryIt(() => p), await tryIt(() => t.name())];
  },
  "/dispose-promise-then-await": async (env) => {
    const p = env.B.make("pp");
    const n = p.name();
    p[Symbol.dispose]();
    return [await tryIt(() => n), await tryIt(() => p.then((t) => typeof t))];
  },
  "/dispose-order-log": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    const c = a.dup();
    b[Symbol.dispose]();
    a[Symbol.dispose]();
    c[Symbol.dispose]();
    await pause(50);
    return env.B.log();
  },
  "/result-object-dispose-and-dup": async (env) => {
    const o = await env.B.bundle();
    const keep = o.t.dup();
    o[Symbol.dispose]();
    return [await tryIt(() => o.t.name()), await tryIt(() => keep.name()), await tryIt(() => o.f()), typeof o[Symbol.dispose]];
  },
  "/array-result-dispose": async (env) => {
    const arr = await env.B.arrayOfTargets();
    const disp = typeof arr[Symbol.dispose];
    if (disp === "function") arr[Symbol.dispose]();
    return [disp, await tryIt(() => arr[0].name())];
  },
  "/dup-on-promise-and-property": async (env) => {
    const out = [];
    out.push(await tryIt(() => typeof env.B.make("dp").dup));
    out.push(await tryIt(async () => { const d = env.B.make("dp").dup(); return [typeof d, await d.name()]; }));
    out.push(await tryIt(async () => { const d = env.B.make("dp").child.dup(); return [typeof d, await d.name()]; }));
    return out;
  },
  "/callee-side-dispose-of-param": async (env) => {
    const t = await env.B.make("param");
    return [await env.B.disposeParam(t), await tryIt(() => t.name())];
  },
  "/dup-reserved-in-paths": async (env) => {
    const t = await env.B.makeWithDup("x");
    return [await tryIt(() => env.B.makeWithDup("d").dup()), await tryIt(() => t.child.dup()), await tryIt(() => env.B.fnWithDup().dup()), await tryIt(async () => { const f = await env.B.fnWithDup(); return f.dup().dup(); }), await tryIt(() => env.B.objWithDup().dup())];
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
