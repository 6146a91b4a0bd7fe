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

import { RpcTarget, RpcStub } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
function make(log, name = "t") {
  return new (class Local extends RpcTarget {
    hello() { log.push(`${name}.hello`); return `hello ${name}`; }
    [Symbol.dispose]() { log.push(`${name}.dispose`); }
  })();
}
const tests = {
  "/immediately-after-await": async (env) => { const log = []; const r = await env.B.use(make(log)); const now = [...log]; await pause(20); return [r, now, log]; },
  "/nested-in-object": async (env) => { const log = []; const r = await env.B.useObj({ t: make(log) }); await pause(20); return [r, log]; },
  "/same-twice": async (env) => { const log = []; const t = make(log); const r = await env.B.useTwo(t, t); await pause(20); return [r, log]; },
  "/two-calls": async (env) => { const log = []; const t = make(log); await env.B.use(t); await env.B.use(t); await pause(20); return log; },
  "/not-used": async (env) => { const log = []; await env.B.noUse(make(log)); await pause(20); return log; },
  "/echoed-back": async (env) => { const log = []; const t = make(log); const back = await env.B.echo(t); const before = [...log]; let r; try { r = await back.hello(); } catch (e) { r = e.message; } await pause(20); return [typeof back, back === t, before, r, log]; },
  "/kept-by-callee": async (env) => { const log = []; await env.B.keep(make(log)); const r = await env.B.callKept(); await pause(20); return [r, log]; },
  "/throwing-disposer": async (env) => { const log = []; const t = make(log); t[Symbol.dispose] = () => { throw new Error("disposer failed"); }; const r = await env.B.use(t); return [r, log]; },
  "/concurrent-calls": async (env) => { const log = []; const t = make(log); const r = await Promise.all([env.B.slowUse(t), env.B.use(t)]); await pause(50); return [r, log]; },
  "/unawaited-then-response": async (env) => { const log = []; env.B.slowUse(make(log, "u")); await pause(100); return log; },
  "/function-arg": async (env) => { const log = []; const f = () => { log.push("f called"); return "f"; }; f[Symbol.dispose] = () => log.push("f.dispose"); const r = await env.B.use({ hello: f }.hello ? { hello: f } : null).catch((e) => e.message); await pause(20); return [r, log]; },
};
Object.assign(tests, {
  "/rpcstub-disposed": async () => { const log = []; const s = new RpcStub(make(log)); await s.hello(); s[Symbol.dispose](); await pause(20); return log; },
  "/rpcstub-dup-disposed": async () => { const log = []; const s = new RpcStub(make(log)); const d = s.dup(); s[Symbol.dispose](); await pause(20); const mid = [...log]; d[Symbol.dispose](); await pause(20); return [mid, log]; },
  "/rpcstub-passed": async (env) => { const log = []; const s = new RpcStub(make(log)); await env.B.use(s); await pause(20); return log; },
  "/rpcstub-never-disposed": async () => { const log = []; const s = new RpcStub(make(log)); await s.hello(); await pause(20); return log; },
});
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
