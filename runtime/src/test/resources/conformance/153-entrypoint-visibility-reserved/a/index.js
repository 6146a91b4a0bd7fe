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

const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => `${e.constructor.name}: ${e.message}`);
const tests = {
  "/inherited": async (env) => [await env.B.baseMethod(), await env.B.baseGetter, await env.B.overridden()],
  "/inherited-reserved": (env) => env.B.alarm(),
  "/throwing-getter": async (env) => [await settle(env.B.thrower), await settle(env.B.thrower())],
  "/static": (env) => env.B.staticMethod(),
  "/symbol-names": (env) => [typeof env.B[Symbol("secret")], typeof env.B[Symbol.asyncIterator]],
  "/odd-names": async (env) => [await env.B["with space"](), await env.B["123abc"]()],
  "/handler-names": (env) => Promise.all(["scheduled", "queue", "tail", "email", "test", "trace", "tailStream"].map((n) => env.B[n](1))),
  "/websocket-open": (env) => env.B.webSocketOpen(),
  "/object-proto-names-local": (env) => [env.B.hasOwnProperty("x"), env.B.toLocaleString(), env.B.isPrototypeOf(env.B), typeof env.B.__lookupGetter__, env.B.__proto__ === Object.getPrototypeOf(env.B)],
  "/reserved-deep": async (env) => [await settle(env.B.wrap.alarm.x()), await settle(env.B.wrap.webSocketClose()), await settle(env.B.wrap.dupe())],
  "/reserved-via-getter-target": async (env) => [await settle(env.B.tool.alarm()), await settle(env.B.tool.connect()), await settle(env.B.tool.inner.fetch())],
  "/reserved-on-stub": async (env) => { const t = await env.B.makeTool(); return [await settle(t.alarm()), await settle(t.connect()), await settle(t.inner.fetch())]; },
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
