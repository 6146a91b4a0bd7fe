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
  "/fetch-vs-stub": async (env) => {
    await env.B.reset();
    const t = await env.B.target();
    await Promise.all([env.B.fetch("http://x/f1").then((r) => r.text()), t.rec("t1")]);
    return env.B.read();
  },
  "/stub-then-fetch": async (env) => {
    await env.B.reset();
    const t = await env.B.target();
    await Promise.all([t.rec("t1"), env.B.fetch("http://x/f1").then((r) => r.text()), t.rec("t2")]);
    return env.B.read();
  },
  "/binding-then-fetch": async (env) => {
    await env.B.reset();
    await Promise.all([env.B.rec("b1"), env.B.fetch("http://x/f1").then((r) => r.text()), env.B.rec("b2"), env.B.fetch("http://x/f2").then((r) => r.text())]);
    return env.B.read();
  },
  "/awaited-promise-pipeline-vs-binding": async (env) => {
    await env.B.reset();
    const p = env.B.target();
    await p;
    await Promise.all([env.B.rec("b1"), p.rec("p1")]);
    return env.B.read();
  },
  "/callee-callback-vs-own-stub": async (env) => {
    await env.B.reset();
    const log = [];
    const r = await env.B.mixCalls((x) => { log.push(x); return x; });
    return [r, log, await env.B.read()];
  },
  "/stub-calls-from-callback": async (env) => {
    await env.B.reset();
    const t = await env.B.target();
    await env.B.callCb(async () => { const a = env.B.rec("cb-b"); const b = t.rec("cb-t"); await Promise.all([a, b]); });
    return env.B.read();
  },
  "/dup-calls-order": async (env) => {
    await env.B.reset();
    const t = await env.B.target();
    const d = t.dup();
    await Promise.all([env.B.rec("b"), d.rec("d1"), t.rec("t1"), d.rec("d2")]);
    return env.B.read();
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
