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
  "/data": async (env) => [await env.B.version, await env.B.nested.list, await settle(env.B.version())],
  "/nested-one-arg": (env) => env.B.nested.deep(1),
  "/nested-two-args": (env) => env.B.nested.two(1, 2),
  "/no-params": async (env) => [await env.B.noParams("x"), await settle(env.B.noParams())],
  "/one-arg-counts": async (env) => [await env.B.one(undefined), await settle(env.B.one()), await settle(env.B.one(1, 2))],
  "/three-params": (env) => env.B.three({ k: 1 }),
  "/four-params": async (env) => [await settle(env.B.four(1)), await settle(env.B.four())],
  "/rest-and-defaults": async (env) => [await env.B.rest(1), await settle(env.B.rest(1, 2)), await env.B.defaults(9)],
  "/async-and-arrow": async (env) => [await env.B.later("a"), await env.B.arrow("q")],
  "/this-and-state": async (env) => [await env.B.counted(0), await env.B.counted(0)],
  "/reserved-and-handler-names": async (env) => [await settle(env.B.alarm(1)), await settle(env.B.dup(1)), await settle(env.B.nested.connect(1)), await settle(env.B.scheduled(1)), await settle(env.B.queue(1))],
  "/fetch": async (env) => (await env.B.fetch("http://b/x", { method: "PATCH" })).text(),
  "/throws": (env) => env.B.throws("t"),
  "/object-proto": async (env) => [await settle(env.B.nested.valueOf), await settle(env.B.missing(1))],
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
