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


const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/spread-holes": (env) => env.B.inspect(...[1, , 3]),
  "/trailing-undefined": (env) => env.B.inspect(1, undefined, undefined),
  "/many-args": async (env) => (await env.B.inspect(...Array.from({ length: 300 }, (_, i) => i))).count,
  "/reflect-apply": async (env) => [await settle(Reflect.apply(env.B.inspect, null, ["r", 2])), await settle(Function.prototype.call.call(env.B.inspect, null, "c")), await settle(Function.prototype.apply.call(env.B.inspect, undefined, ["a", "b"]))],
  "/new-on-method": (env) => { try { return new env.B.inspect(1); } catch (e) { return showErr(e); } },
  "/defaults-and-rest": async (env) => [await env.B.mixed(), await env.B.mixed(undefined, undefined, 5), await env.B.mixed(null, 0, 1, 2)],
  "/arguments-object": async (env) => [await env.B.usesArguments(), await env.B.usesArguments(undefined), await env.B.usesArguments(1, [2], { three: 3 })],
  "/returns-this-variants": async (env) => [await settle(env.B.chain()), await settle(env.B.self())],
  "/handler-arity": async (env) => [await settle(env.H.huge(1)), await settle(env.H.negative(1)), await settle(env.H.stringy(1)), await settle(env.H.two(1)), await settle(env.H.bound(1))],
  "/handler-rpctarget-path": async (env) => [await settle(env.H.tool.m(1)), await settle(env.H.tool.m(1, 2))],
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
