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

const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
const tests = {
  "/rejected-promise-awaited-twice": async (env) => {
    const p = env.B.fails();
    const e1 = await p.catch((e) => e);
    const e2 = await p.catch((e) => e);
    return [e1 === e2, showErr(e1), await env.B.count()];
  },
  "/property-awaited-twice": async (env) => {
    await env.B.resetCount();
    const q = env.B.counted;
    const a = await q;
    const b = await q;
    return [a, b, await env.B.count()];
  },
  "/pipelined-property-awaited-twice": async (env) => {
    await env.B.resetCount();
    const t = env.B.target();
    const q = t.counted;
    return [await q, await q, await t.counted, await env.B.count()];
  },
  "/result-identity-awaited-twice": async (env) => {
    const p = env.B.obj();
    const a = await p;
    const b = await p;
    return [a === b, a.fn === b.fn, await a.fn()];
  },
  "/stub-awaited-twice": async (env) => {
    const p = env.B.target();
    const a = await p;
    const b = await p;
    return [a === b, await a.hello(), await b.hello()];
  },
  "/pipelined-call-on-awaited-twice-promise": async (env) => {
    await env.B.resetCount();
    const p = env.B.target();
    await p;
    const r = [await p.hello(), await p.hello()];
    return [r, await env.B.count()];
  },
  "/dispose-one-of-two-awaits": async (env) => {
    const p = env.B.target();
    const a = await p;
    const b = await p;
    a[Symbol.dispose]();
    return [await tryIt(() => b.hello()), await tryIt(() => p.hello())];
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
