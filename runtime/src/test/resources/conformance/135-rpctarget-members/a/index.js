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

const safe = async (f) => { try { return await f(); } catch (e) { return `threw ${showErr(e)}`; } };
const tests = {
  "/getters-and-inherited": async (env) => {
    const b = await env.B.box(1);
    return [await b.value, await b.baseGetter, await b.baseMethod(), await b.kind, await b.protoFn()];
  },
  "/static-and-instance-hidden": async (env) => {
    const b = await env.B.box(1);
    return [await safe(() => b.make), await safe(() => b.staticField), await safe(() => b.pub), await safe(() => b.make())];
  },
  "/assignment-stays-local": async (env) => {
    const b = await env.B.box(1);
    b.value = 99;
    return [await b.value, Object.keys(b), await b.setValue(5), await env.B.log()];
  },
  "/getter-errors": async (env) => {
    const b = await env.B.box(1);
    return [await safe(() => b.throwing), await safe(() => b.value())];
  },
  "/targets-from-targets": async (env) => {
    const b = await env.B.box("root");
    const c = await b.child("x");
    const [l, r] = await b.pair();
    return [await c.value, await b.child("y").child("z").value, await b.value, await l.value, await r.value];
  },
  "/targets-in-containers": async (env) => {
    const o = await env.B.nested();
    return [await o.boxes[1].value, o.map instanceof Map, typeof o.map.get("m"), await o.map.get("m").value];
  },
  "/round-trip-identity": async (env) => { const b = await env.B.box("rt"); return b.isSame(b); },
  "/round-trip-instanceof": async (env) => { const b = await env.B.box("rt"); return env.B.checkOwn(b); },
  "/round-trip-dup-keeps-original": async (env) => {
    const b = await env.B.box("rt");
    const r = await env.B.roundTrip(b.dup());
    return [r, await b.value];
  },
  "/caller-target-as-argument": async (env) => {
    class Mine extends RpcTarget { get value() { return "mine"; } }
    const m = new Mine();
    const b = await env.B.box("x");
    return [await env.B.roundTrip(m), await b.isBox(m), m instanceof RpcTarget];
  },
  "/ordering-unawaited": async (env) => {
    const b = await env.B.box(0);
    const ps = [b.slowEcho("slow", 60)];
    for (let i = 0; i < 5; i++) ps.push(b.append(i));
    ps.push(b.slowEcho("fast", 1));
    const results = await Promise.all(ps);
    return [results, await env.B.log()];
  },
  "/stub-is-not-the-class": async (env) => {
    const b = await env.B.box(0);
    return [b instanceof RpcTarget, typeof b, String(b)];
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
