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
const tests = {
  "/dup-kept-released-last": async (env) => {
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
  "/single-release": async (env) => {
    await env.B.reset();
    const b = await env.B.make("B");
    b[Symbol.dispose]();
    await pause(50);
    return env.B.log();
  },
  "/two-in-one-turn": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    a[Symbol.dispose]();
    b[Symbol.dispose]();
    await pause(50);
    return env.B.log();
  },
  "/two-in-one-turn-reversed": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    b[Symbol.dispose]();
    a[Symbol.dispose]();
    await pause(50);
    return env.B.log();
  },
  "/two-in-separate-turns": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    a[Symbol.dispose]();
    await pause(30);
    const l1 = await env.B.log();
    b[Symbol.dispose]();
    await pause(30);
    return [l1, await env.B.log()];
  },
  "/three-in-one-turn": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    const c = await env.B.make("C");
    a[Symbol.dispose]();
    b[Symbol.dispose]();
    c[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/pair-one-by-one": async (env) => {
    await env.B.reset();
    const [a, b] = await env.B.pair();
    a[Symbol.dispose]();
    await pause(20);
    const l1 = await env.B.log();
    b[Symbol.dispose]();
    await pause(20);
    return [l1, await env.B.log()];
  },
  "/obj2-dispose-result": async (env) => {
    await env.B.reset();
    const o = await env.B.obj2();
    o[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/triple-one-turn": async (env) => {
    await env.B.reset();
    const [a, b, c] = await env.B.triple();
    a[Symbol.dispose](); b[Symbol.dispose](); c[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/triple-separate": async (env) => {
    await env.B.reset();
    const [a, b, c] = await env.B.triple();
    a[Symbol.dispose](); await pause(10); b[Symbol.dispose](); await pause(10); c[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/two-after-microtask": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    a[Symbol.dispose]();
    await null;
    b[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/dup-then-both": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const d = a.dup();
    a[Symbol.dispose]();
    d[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/function-then-target": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const f = await env.B.fn();
    f[Symbol.dispose]();
    a[Symbol.dispose]();
    await pause(30);
    return env.B.log();
  },
  "/not-disposed-at-end": async (env) => {
    await env.B.reset();
    const a = await env.B.make("A");
    const b = await env.B.make("B");
    return "left";
  },
  "/read": async (env) => { await pause(30); return env.B.log(); },
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
