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

import { RpcTarget } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
const tests = {
  "/target-method-keeps-callback": async (env) => {
    const t = await env.B.target();
    const r1 = await t.keep((x) => `kept ${x}`);
    return [r1, await t.callKept()];
  },
  "/target-method-keeps-dup-of-callback": async (env) => {
    const t = await env.B.target();
    await t.keepDup((x) => `dup kept ${x}`);
    return await t.callKept();
  },
  "/target-param-disposer-timing": async (env) => {
    const log = [];
    class Mine extends RpcTarget { hi() { return "hi"; } [Symbol.dispose]() { log.push("disposed"); } }
    const t = await env.B.target();
    const r = await t.use(new Mine());
    log.push("after await");
    await pause(20);
    return [r, log];
  },
  "/entrypoint-keeps-dup-of-callback": async (env) => {
    await env.B.keepDupTop((x) => `top dup ${x}`);
    return await env.B.callKeptTop();
  },
  "/callback-disposed-after-unawaited-use": async (env) => {
    return env.B.fireAndReturn((x) => `fired ${x}`);
  },
  "/callback-param-disposed-in-callee-when": async (env) => {
    const log = [];
    const f = (x) => { log.push(`called ${x}`); return x; };
    f[Symbol.dispose] = () => log.push("fn disposed");
    const r = await env.B.callTwice(f);
    log.push("after await");
    await pause(20);
    return [r, log];
  },
  "/cb-returns-target-with-disposer": async (env) => {
    const log = [];
    class Mine extends RpcTarget { hi() { log.push("hi"); return "hi"; } [Symbol.dispose]() { log.push("disposed"); } }
    const r = await env.B.useReturned(() => new Mine());
    log.push("after await");
    await pause(30);
    return [r, log];
  },
  "/cb-returns-two-targets": async (env) => {
    const log = [];
    class Mine extends RpcTarget { constructor(n) { super(); this.n = n; } hi() { return this.n; } [Symbol.dispose]() { log.push(`disposed ${this.n}`); } }
    const r = await env.B.useReturnedPair(() => [new Mine("a"), new Mine("b")]);
    log.push("after await");
    await pause(30);
    return [r, log];
  },
  "/cb-returns-target-callee-disposes": async (env) => {
    const log = [];
    class Mine extends RpcTarget { hi() { return "hi"; } [Symbol.dispose]() { log.push("disposed"); } }
    const r = await env.B.useAndDispose(() => new Mine());
    log.push("after await");
    await pause(30);
    return [r, log];
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
