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
  "/getter-object": async (env) => [await settle(env.B.config), await settle(env.B.config.name), await settle(env.B.config.version), await settle(env.B.config.list), await settle(env.B.config.map), await settle(env.B.config.date)],
  "/getter-path-calls": async (env) => [await settle(env.B.config.nested.fn(7)), await settle(env.B.config.name()), await settle(env.B.config.nested.flag()), await settle(env.B.config.list.length), await settle(env.B.config.list(1)), await settle(env.B.config.nested.none), await settle(env.B.config.nested.nul), await settle(env.B.config.nested.none()), await settle(env.B.config.missing), await settle(env.B.config.missing.deeper()), await settle(env.B.config.map.size), await settle(env.B.config.date.getTime())],
  "/getter-env-props": async (env) => [await settle(env.B.greeting), await settle(env.B.cfgVar), await settle(env.B.props), await settle(env.B.greeting.length)],
  "/getter-async": async (env) => [await settle(env.B.asyncVal), await settle(env.B.asyncVal.later)],
  "/getter-target": async (env) => { const b = await env.B.box; return [typeof b, await settle(b.value), await settle(b.doubler(4)), await settle(b.info), await settle(b.info.fn(3)), await settle(b.info.inner.deep()), await settle(b.info.label()), await settle(b.v), await settle(env.B.box.value), await settle(env.B.box.doubler(1))]; },
  "/getter-runs-each-read": async (env) => { const a = await env.B.counter; const b = await env.B.counter; const p = env.B.counter; const c = await p; const d = await p; return [b - a, c - b, d - c]; },
  "/getter-throws": async (env) => [await settle(env.B.throws), await settle(env.B.throws()), await settle(env.B.throws.x), await settle(env.B.throws.x())],
  "/getter-fn": async (env) => [await settle(env.B.adder(2, 3)), await settle(env.B.adder), await settle(env.B.adder.length), await settle(env.B.adder.name)],
  "/not-a-function": async (env) => [await settle(env.B.num()), await settle(env.B.str()), await settle(env.B.undef()), await settle(env.B.nul()), await settle(env.B.num), await settle(env.B.undef), await settle(env.B.nul), await settle(env.B.str.length)],
  "/array-values": async (env) => { let call; try { call = await settle(env.B.arr["0"](1)); } catch (e) { call = `sync ${e.constructor.name}: ${e.message}`; } return [await settle(env.B.arr), await settle(env.B.arr[0]), call, await settle(env.B.arr.length), await settle(env.B.arr.at(0))]; },
  "/fn-props": async (env) => [await settle(env.B.fnWithProps("x")), await settle(env.B.fnWithProps.meta), await settle(env.B.fnWithProps.meta.tag), await settle(env.B.fnWithProps.sub("y")), await settle(env.B.fnWithProps.missing)],
  "/method-as-property": async (env) => [await settle(env.B.method), await settle(env.B.asyncMethod), await settle(env.B.method.name), await settle(env.B.method.length)],
  "/method-then-call": async (env) => { const m = await env.B.method; return [typeof m, await settle(m("z"))]; },
  "/object-handler": async (env) => [await settle(env.O.label), await settle(env.O.data), await settle(env.O.data.a), await settle(env.O.data.fn(1)), await settle(env.O.computed), await settle(env.O.fn("q")), await settle(env.O.label()), await settle(env.O.data.fn)],
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
