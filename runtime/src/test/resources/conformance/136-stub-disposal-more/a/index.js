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

const safe = async (f) => { try { return await f(); } catch (e) { return `threw ${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`; } };
// Whether starting a call throws at once or gives a promise that rejects.
const how = (f) => {
  try {
    const p = f();
    return Promise.resolve(p).then((v) => `resolved ${show(v)}`, (e) => `rejected ${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
  } catch (e) {
    return `sync ${e.constructor.name}: ${e.message}`;
  }
};
const tests = {
  "/dispose-the-promise": async (env) => {
    const p = env.B.res("p");
    const s = await p;
    const r1 = await s.ping();
    const d = p[Symbol.dispose]();
    await new Promise((r) => setTimeout(r, 10));
    return [r1, typeof d, await safe(() => s.ping())];
  },
  "/dispose-promise-before-result": async (env) => {
    const p = env.B.res("q");
    p[Symbol.dispose]();
    const s = await p;
    return [typeof s, await safe(() => s.ping())];
  },
  "/dispose-result-object": async (env) => {
    const b = await env.B.bundle();
    b[Symbol.dispose]();
    return [await safe(() => b.a.ping()), await safe(() => b.fn()), await safe(() => b.list[0].ping()), await safe(() => b.deep.f())];
  },
  "/double-dispose": async (env) => {
    const s = await env.B.res("dd");
    return [typeof s[Symbol.dispose](), typeof s[Symbol.dispose](), await safe(() => s.ping())];
  },
  "/dup-chain": async (env) => {
    const s = await env.B.res("db");
    const d = s.dup();
    const d2 = d.dup();
    s[Symbol.dispose]();
    d[Symbol.dispose]();
    return [await safe(() => d2.ping()), await safe(() => d.ping()), d === d2];
  },
  "/dup-function-stub": async (env) => {
    const f = await env.B.fn();
    const g = f.dup();
    f[Symbol.dispose]();
    return [typeof g, await safe(() => g()), await safe(() => f())];
  },
  "/binding-has-no-dispose": async (env) => [typeof env.B[Symbol.dispose], typeof env.B.dup, await safe(() => env.B.dup())],
  "/pipelining-after-dispose": async (env) => {
    const p = env.B.res("pp");
    const c = p.child();
    const s = await p;
    s[Symbol.dispose]();
    return [await safe(() => p.ping()), await safe(() => c.ping()), await safe(() => p.child().ping())];
  },
  "/disposed-stub-as-argument": async (env) => {
    const s = await env.B.res("arg");
    s[Symbol.dispose]();
    const f = await env.B.fn();
    f[Symbol.dispose]();
    return [await how(() => env.B.useStub(s)), await how(() => env.B.callFn(f))];
  },
  "/failures-reject": async (env) => {
    const t = await env.B.res("r");
    const f = await env.B.fn();
    const out = [await how(() => env.B.useStub(Symbol("s"))), await how(() => t.ping(new WeakMap())), await how(() => f(Symbol("f"))),
      await how(() => env.B.res("x").ping(Symbol("p"))), await how(() => env.B.useStub(env.B.res))];
    t[Symbol.dispose]();
    out.push(await how(() => t.ping()), await how(() => t.ping), await how(() => t.child().ping()));
    return out;
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
