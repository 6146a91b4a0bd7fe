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

const P = (x) => Object.getPrototypeOf(x);
const tests = {
  "/shape": (env) => [typeof env.B.add, Object.getOwnPropertyNames(env.B.add), Object.getOwnPropertyNames(P(env.B.add)).sort(), P(P(env.B.add)) === Object.prototype, env.B.add instanceof Function, env.B.add instanceof Object],
  "/tostring": (env) => [String(env.B.add), Object.prototype.toString.call(env.B.add), `${env.B.deep.er}`, env.B.add.valueOf() === env.B.add],
  "/local-members": (env) => [typeof env.B.add.toString, env.B.add.hasOwnProperty("x"), env.B.add.constructor.name, typeof env.B.add.prototype, typeof env.B.add.then, typeof env.B.add.catch],
  "/new-constructor": (env) => new env.B.add.constructor(),
  "/destructured": async (env) => { const { add } = env.B; return await add(1, 2); },
  "/call": (env) => env.B.add.call(null, 1, 2),
  "/apply": (env) => env.B.add.apply(undefined, [4, 5]),
  "/bind": async (env) => { const bound = env.B.add.bind(null, 10); return [typeof bound, Object.prototype.toString.call(bound), await bound(20).catch(showErr)]; },
  "/name-length": async (env) => [typeof env.B.add.name, await env.B.add.name, await env.B.add.length],
  "/index-below": (env) => [typeof env.B.add[0], typeof env.B.label["3"], "0" in env.B.add, "x" in env.B.add],
  "/then-catch": async (env) => [await env.B.label.then((v) => `then got ${v}`), await env.B.missing.catch((e) => `catch got ${e.message}`)],
  "/structured-clone": (env) => [env.B, env, env.B.add].map((v) => { try { structuredClone(v); return "cloned"; } catch (e) { return `${e.name}: ${e.message}`; } }),
  "/getter-not-callable": (env) => env.B.label(),
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
