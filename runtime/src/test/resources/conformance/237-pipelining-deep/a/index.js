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
  "/three-levels": async (env) => {
    return [await env.B.a().b().c, await env.B.a().b().c.d(), await env.B.a().b().name()];
  },
  "/through-properties": async (env) => {
    return [await env.B.root.target.name(), await env.B.root.target.child.name(), await env.B.make("p").child.child.name()];
  },
  "/property-then-call-result": async (env) => {
    const t = env.B.make("q");
    return [await t.child.spawn("z").name(), await t.makeObj().inner.fn(4), await t.makeObj().inner.val];
  },
  "/reject-deep": async (env) => {
    const out = [];
    for (const p of [() => env.B.fails().x, () => env.B.fails().x.y(), () => env.B.make("r").fails().a.b(), () => env.B.make("r").child.fails().z]) {
      try { out.push(show(await p())); } catch (e) { out.push(showErr(e)); }
    }
    return out;
  },
  "/reject-middle-of-chain": async (env) => {
    const out = [];
    for (const p of [() => env.B.a().missing().c, () => env.B.a().b().missing(), () => env.B.a().nope.name()]) {
      try { out.push(show(await p())); } catch (e) { out.push(showErr(e)); }
    }
    return out;
  },
  "/same-pipelined-twice": async (env) => {
    const p = env.B.make("twice").child;
    const q = p.name();
    const [a, b] = [await q, await q];
    const c = await p.name();
    return [a, b, c, await env.B.calls()];
  },
  "/pipelined-promise-first": async (env) => {
    const t = env.B.slowMake("slow", 50);
    const n = t.name();
    const m = t.bump();
    const l = t.bump();
    return [await l, await m, await n];
  },
  "/pipeline-with-callback-arg": async (env) => {
    return await env.B.make("cb").apply((x) => `cb got ${x}`);
  },
  "/pipeline-on-async-method": async (env) => {
    return [await env.B.asyncMake("as").name(), await env.B.asyncMake("as").child.name()];
  },
  "/pipeline-result-as-arg": async (env) => {
    const t = await env.B.make("arg");
    const child = t.child;
    const out = [];
    try { out.push(show(await env.B.nameOf(child))); } catch (e) { out.push(showErr(e)); }
    const awaited = await child;
    out.push(show(await env.B.nameOf(awaited)));
    return out;
  },
  "/pipeline-on-fn-result": async (env) => {
    return [await env.B.fnFactory()("x").label, await env.B.fnFactory()("y").run(), await env.B.fnFactory().tag];
  },
  "/then-on-pipelined": async (env) => {
    const r = await env.B.make("th").child.name().then((v) => `then ${v}`);
    const s = await env.B.make("th").child.then((c) => typeof c);
    return [r, s];
  },
  "/pipeline-after-result-disposed": async (env) => {
    const p = env.B.make("disp");
    const early = p.child;
    const t = await p;
    t[Symbol.dispose]();
    const out = [];
    try { out.push(show(await early.name())); } catch (e) { out.push(showErr(e)); }
    try { out.push(show(await p.name())); } catch (e) { out.push(showErr(e)); }
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
