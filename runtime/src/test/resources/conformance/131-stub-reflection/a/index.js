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

import { RpcTarget, RpcStub, RpcPromise, RpcProperty } from "cloudflare:workers";

const safe = (f) => { try { return f(); } catch (e) { return `threw ${e.constructor.name}: ${e.message}`; } };
// What user code can see of a stub, a call's promise or a property read without awaiting.
function reflect(x) {
  const proto = Object.getPrototypeOf(x);
  return [
    typeof x, Object.prototype.toString.call(x), safe(() => String(x)), safe(() => `${x}`),
    proto === Object.prototype, proto === Function.prototype, Object.getOwnPropertyNames(proto).join(","),
    x instanceof Function, x instanceof Object, x instanceof RpcTarget, x instanceof Promise,
    Object.keys(x).length, "anything" in x, "then" in x, typeof x.then, JSON.stringify(x), typeof x[Symbol.dispose],
    typeof x.dup, typeof x.toString, x.constructor === RpcStub, x.constructor === RpcPromise, x.constructor === RpcProperty,
  ];
}
const tests = {
  "/target-stub": async (env) => reflect(await env.B.thing()),
  "/function-stub": async (env) => reflect(await env.B.fn()),
  "/rpc-promise": async (env) => { const p = env.B.thing(); const r = reflect(p); await p; return r; },
  "/property-of-promise": async (env) => { const p = env.B.thing(); const r = reflect(p.g); await p; return r; },
  "/property-of-binding-and-stub": async (env) => {
    const t = await env.B.thing();
    return [Object.prototype.toString.call(env.B.thing), Object.prototype.toString.call(t.hi), Object.prototype.toString.call(t.hi()),
      Object.prototype.toString.call(env.B.thing().g.x), Object.prototype.toString.call(t.hi.name), await t.hi()];
  },
  "/classes": async () => [RpcStub.name, RpcPromise.name, RpcProperty.name, RpcStub.length,
    Object.getOwnPropertyNames(RpcStub.prototype).join(","), Object.getOwnPropertyNames(RpcPromise.prototype).join(","),
    Object.getOwnPropertyNames(RpcProperty.prototype).join(","), Object.keys(RpcStub.prototype), Object.keys(RpcPromise.prototype),
    safe(() => new RpcPromise()), safe(() => RpcProperty()), safe(() => RpcStub())],
  "/illegal-invocation": async () => [safe(() => RpcStub.prototype.dup.call({})), safe(() => RpcPromise.prototype.then.call({}))],
  "/local-members": async (env) => {
    const t = await env.B.thing();
    return [t.hasOwnProperty("hi"), t.valueOf() === t, t.toLocaleString(), t.__proto__ === RpcStub.prototype,
      Object.prototype.toString.call(t.call), Object.prototype.toString.call(t.apply)];
  },
  "/own-properties-stay-local": async (env) => {
    const t = await env.B.thing();
    t.note = 5;
    const p = env.B.thing();
    p.tag = "x";
    await p;
    return [t.note, Object.keys(t), p.tag, Object.keys(p), delete t.note, Object.keys(t), await t.hi()];
  },
  "/index-names": async (env) => {
    const t = await env.B.thing();
    const p = env.B.thing();
    await p;
    return [typeof t[0], "0" in t, typeof t["01"], typeof p[1], "1" in p, typeof p.list, typeof p[-1]];
  },
  "/for-in": async (env) => {
    const t = await env.B.thing();
    const p = env.B.thing();
    const kt = []; for (const k in t) kt.push(k);
    const kp = []; for (const k in p) kp.push(k);
    await p;
    return [kt, kp];
  },
  "/await-stubs": async (env) => {
    const t = await env.B.thing();
    const f = await env.B.fn();
    return [(await t) === t, (await f) === f, await Promise.resolve(t) === t];
  },
  "/structured-clone": async (env) => {
    const t = await env.B.thing();
    const p = env.B.thing();
    const r = [safe(() => structuredClone(t)), safe(() => structuredClone(p)), safe(() => structuredClone(env.B.thing))];
    await p;
    return r;
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
