import { RpcTarget } from "cloudflare:workers";
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

class Counter extends RpcTarget { constructor() { super(); this.n = 0; } inc() { return ++this.n; } }
class Plain {}
async function attempt(f) { try { return await f(); } catch (e) { return showErr(e); } }
const tests = {
  "/plain-proxy-kind": (env) => env.B.kind(new Proxy({ a: 1 }, {})),
  "/plain-proxy-own-properties": (env) => env.B.usePlain(new Proxy({ greet: (n) => `hi ${n}`, value: 42, nested: { deep: "d" } }, {})),
  "/plain-proxy-get-trap-only": (env) => env.B.useTrapOnly(new Proxy({}, { get: (t, k) => (k === "greet" ? () => "trapped" : undefined) })),
  "/rpctarget-proxy": (env) => env.B.useTarget(new Proxy(new Counter(), {})),
  "/function-proxy": async (env) => [await env.B.callFn(new Proxy((x) => x * 2, {})), await env.B.kind(new Proxy(() => 1, {}))],
  "/refused-proxies": async (env) => {
    const out = [];
    for (const p of [new Proxy([1, 2], {}), new Proxy(new Map(), {}), new Proxy(new Error("x"), {}), new Proxy(new Plain(), {}), new Proxy(Object.create(null), {}), new Proxy({}, { getPrototypeOf: () => null })]) {
      out.push(await attempt(() => env.B.describe({ p })));
    }
    return out;
  },
  "/revoked-proxy": (env) => attempt(() => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return env.B.describe(proxy); }),
  "/nested-proxy-argument": (env) => env.B.describe({ a: [new Proxy({}, {})] }),
  "/returned-proxy": (env) => attempt(async () => { const p = await env.B.retProxy(); return [typeof p, await p.hello(), await p.v]; }),
  "/returned-proxy-array": (env) => attempt(() => env.B.retProxyArray()),
  "/returned-nested-proxy": (env) => attempt(async () => { const r = await env.B.retNested(); return [typeof r.inner, String(r.inner)]; }),
  "/structured-clone-refuses-proxies": () => [new Proxy({ a: 1 }, {}), new Proxy([1], {}), new Proxy(new Map(), {})].map((p) => { try { return show(structuredClone(p)); } catch (e) { return showErr(e); } }),
  "/stub-stringification": (env) => env.B.kind(new Counter()),
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
