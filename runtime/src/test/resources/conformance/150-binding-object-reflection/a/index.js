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
  "/tags": (env) => [Object.prototype.toString.call(env.B), `${env.B}`, env.B.toLocaleString(), env.B instanceof Object],
  "/json": (env) => [JSON.stringify(env.B), JSON.stringify({ b: env.B, m: env.B.add }), JSON.stringify([env.B.add]), typeof env.B.toJSON, "toJSON" in env.B],
  "/own-and-proto": (env) => [Object.keys(env.B), Reflect.ownKeys(env.B).length, Object.getOwnPropertyNames(P(env.B)).sort(), Object.keys(P(env.B)), P(P(env.B)) === Object.prototype],
  "/for-in-and-spread": (env) => { const ks = []; for (const k in env.B) ks.push(k); const o = { ...env.B }; return [ks, Object.keys(o), Object.keys(Object.assign({}, env.B))]; },
  "/in-names": (env) => [Symbol.iterator in env.B, "then" in env.B, "0" in env.B, 7 in env.B, "-1" in env.B, "1.5" in env.B, "01" in env.B, "" in env.B, "x y" in env.B, "constructor" in env.B, "catch" in env.B],
  "/typeof-names": (env) => [typeof env.B[0], typeof env.B["4294967294"], typeof env.B["4294967295"], typeof env.B["-1"], typeof env.B[""], typeof env.B[Symbol.iterator], typeof env.B[Symbol.dispose], env.B[Symbol.toStringTag]],
  "/identity": (env) => [env.B === env.B, env.B.add === env.B.add, env.B.fetch === env.B.fetch, env.B.fetch === P(env.B).fetch, env.B.constructor === P(env.B).constructor],
  "/set-shadow-delete": async (env) => {
    env.B.extra = 1;
    env.B.add = () => "local add";
    const seen = [typeof env.B.extra, env.B.add(), Object.keys(env.B), JSON.stringify(env.B)];
    const deleted = [delete env.B.extra, delete env.B.add, delete env.B.fetch, delete env.B.neverSet];
    return [...seen, deleted, typeof env.B.extra, await env.B.add(2, 3), typeof env.B.fetch, Object.keys(env.B)];
  },
  "/define-property": (env) => { Object.defineProperty(env.B, "fixed", { value: 5, enumerable: true, configurable: true }); const r = [env.B.fixed, Object.keys(env.B), Object.isExtensible(env.B), Object.isFrozen(env.B)]; delete env.B.fixed; return r; },
  "/fetch-connect-shape": (env) => [env.B.fetch.name, env.B.fetch.length, env.B.connect.name, env.B.connect.length, Object.getOwnPropertyDescriptor(P(env.B), "fetch").enumerable],
  "/fetch-unbound": async (env) => { const f = env.B.fetch; return (await f("http://b/unbound")).text(); },
  "/fetch-other-this": async (env) => (await env.B.fetch.call({}, "http://b/other")).text(),
  "/fetch-call-binding": async (env) => (await P(env.B).fetch.call(env.B, "http://b/via-proto")).text(),
  "/constructor": (env) => [env.B.constructor.name, env.B.constructor.length, env.B.constructor.prototype === P(env.B), (() => { try { new env.B.constructor(); } catch (e) { return showErr(e); } })()],
  "/awaited": async (env) => [(await env.B) === env.B, (await Promise.resolve(env.B)) === env.B, Promise.resolve(env.B) instanceof Promise],
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
