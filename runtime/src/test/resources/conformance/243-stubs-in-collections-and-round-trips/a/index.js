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
const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
class Mine extends RpcTarget { hello() { return "mine"; } }
const tests = {
  "/fn-as-map-key": async (env) => {
    const f = () => "key fn";
    return env.B.mapKeys(new Map([[f, "v1"], ["k", f]]));
  },
  "/stubs-in-set": async (env) => {
    const f = () => "set fn";
    const t = new Mine();
    return env.B.setMembers(new Set([f, t, f]));
  },
  "/own-fn-round-trip": async (env) => {
    const f = () => "mine fn";
    const back = await env.B.echo(f);
    return [back === f, typeof back, Object.prototype.toString.call(back), await back()];
  },
  "/own-fn-round-trip-in-object": async (env) => {
    const f = () => "mine fn";
    const t = new Mine();
    const back = await env.B.echo({ f, t, list: [f] });
    return [back.f === f, back.f === back.list[0], back.t === t, await back.t.hello(), await back.list[0]()];
  },
  "/same-target-from-two-calls": async (env) => {
    const a = await env.B.shared();
    const b = await env.B.shared();
    await a.bump();
    await b.bump();
    return [a === b, await a.count, await b.count];
  },
  "/same-target-twice-in-result": async (env) => {
    const [a, b, o] = await env.B.sharedTwice();
    return [a === b, a === o.x, await a.bump(), await o.x.bump()];
  },
  "/callback-gets-own-fn-back": async (env) => {
    const f = () => "orig";
    return env.B.giveBack(f, async (g) => [g === f, typeof g, await g()]);
  },
  "/target-method-gets-callback": async (env) => {
    const t = await env.B.shared();
    return [await t.applyTo((n) => n * 10), await t.applyTo(async (n) => { await null; return `async ${n}`; })];
  },
  "/callback-returns-callbacks-deep": async (env) => {
    return env.B.drill(() => ({ a: [() => ({ b: new Map([["c", () => "deepest"]]) })] }));
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
