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
class Box extends RpcTarget { get v() { return 1; } }
const tests = {
  "/same-fn-twice-args": async (env) => {
    const f = () => "f";
    return env.B.sameness(f, f, { x: f, list: [f], m: new Map([["k", f]]) });
  },
  "/same-target-twice-args": async (env) => {
    const t = new Box();
    return env.B.sameness(t, t, { x: t, list: [t], m: new Map([["k", t]]) });
  },
  "/same-fn-two-messages": async (env) => {
    const f = () => "f";
    return env.B.twoMessages(f, (g) => g(f));
  },
  "/returned-fn-twice": async (env) => {
    const a = await env.B.sharedFn();
    const b = await env.B.sharedFn();
    const [c, d] = await env.B.sharedFnPair();
    return [a === b, c === d, await a(), await b(), await c()];
  },
  "/cb-returns-promise": async (env) => {
    return env.B.callWith(async (x) => { await pause(20); return x * 2; }, 21);
  },
  "/cb-returns-thenable": async (env) => {
    return env.B.callWith((x) => ({ then(r) { r(`thenable ${x}`); } }), 5);
  },
  "/cb-rejects-later": async (env) => {
    return env.B.callWith(async (x) => { await pause(10); throw new RangeError(`late ${x}`); }, 3);
  },
  "/cb-this": async (env) => {
    return env.B.callWith(function (x) { return `this=${typeof this} ${this === undefined}`; }, 1);
  },
  "/method-this": async (env) => {
    const o = { name: "obj", who() { return this === undefined ? "undefined this" : `this.name=${this?.name}`; } };
    return env.B.callMethod(o);
  },
  "/ping-pong": async (env) => {
    const trace = [];
    const mine = async (n, theirs) => {
      trace.push(`caller ${n}`);
      if (n <= 0) return "bottom";
      return `c${n}(` + (await theirs(n - 1, mine)) + ")";
    };
    const r = await env.B.pingPong(5, mine);
    return [r, trace];
  },
  "/cb-args-shapes": async (env) => {
    return env.B.callWithShapes((...args) => [args.length, ...args.map((a) => show(a))]);
  },
  "/cb-gets-fn-and-calls-it": async (env) => {
    return env.B.giveFnToCb(async (fn) => [await fn(2), await fn(3)]);
  },
  "/cb-deep-in-arg": async (env) => {
    const arg = new Map([["list", [{ deep: { fn: (s) => `deep ${s}` } }]]]);
    return env.B.deepCb(arg);
  },
  "/cb-after-return-unawaited": async (env) => {
    const r = await env.B.keepAndCallLater((x) => `later ${x}`);
    await pause(100);
    return [r, await env.B.lastResult()];
  },
  "/fn-prop-this": async (env) => {
    const f = await env.B.fnWithThisProbe();
    const g = function () { return this === g ? "self" : this === undefined ? "undefined" : typeof this; };
    g.helper = function () { return this === g ? "holder" : this === g.helper ? "self" : this === undefined ? "undefined" : typeof this; };
    return [await f(), await f.helper(), await env.B.callProbe(g)];
  },
  "/cb-with-props-arg": async (env) => {
    const f = (x) => `f ${x}`;
    f.tag = "tagged";
    f.inner = { n: 4, g: () => "g" };
    return env.B.readFnProps(f);
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
