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


const tryIt = async (f) => { try { return `ok ${show(await f())}`; } catch (e) { return `threw ${showErr(e)}`; } };
const shape = (f) => f === null || f === undefined ? show(f)
  : [typeof f, String(f), Object.prototype.toString.call(f), f.constructor.name, Object.keys(f).length, typeof f.fetch, typeof f.connect, "fetch" in f, typeof f.anyName];
const answer = async (r) => [r.status, await r.text()];
const tests = {
  "/incoming-request": (env, ctx, req) => [shape(req.fetcher), req.fetcher === req.fetcher,
    Object.getPrototypeOf(req.fetcher) === Object.getPrototypeOf(env.B), req.fetcher.constructor === env.B.constructor],
  "/kept-by-copies": (env, ctx, req) => [shape(new Request(req).fetcher), new Request(req).fetcher === req.fetcher,
    new Request(req, { method: "POST", body: "x" }).fetcher === req.fetcher, req.clone().fetcher === req.fetcher,
    new Request("http://x/", req).fetcher === req.fetcher],
  "/same-object-every-request-1": (env, ctx, req) => { globalThis.kept = req.fetcher; return "kept"; },
  "/same-object-every-request-2": (env, ctx, req) => globalThis.kept === req.fetcher,
  "/made-requests": (env, ctx) => [
    show(new Request("http://x/").fetcher),
    new Request("http://x/", { fetcher: env.B }).fetcher === env.B,
    show(new Request("http://x/", { fetcher: null }).fetcher),
    new Request(new Request("http://y/", { fetcher: env.B }), { fetcher: undefined }).fetcher === env.B,
    show(new Request(new Request("http://y/", { fetcher: env.B }), { fetcher: null }).fetcher),
    new Request("http://x/", new Request("http://y/", { fetcher: env.B })).fetcher === env.B,
    new Request("http://y/", { fetcher: ctx.exports.default }).fetcher === ctx.exports.default,
  ],
  "/bad-fetchers": () => [
    tryIt(() => new Request("http://y/", { fetcher: {} })),
    tryIt(() => new Request("http://y/", { fetcher: () => {} })),
    tryIt(() => new Request("http://y/", { fetcher: "B" })),
  ].reduce(async (acc, p) => [...(await acc), await p], []),
  "/rpc-on-the-incoming-fetcher": async (env, ctx, req) => [await tryIt(() => req.fetcher.someMethod(1)), await tryIt(() => req.fetcher.someProperty)],
  "/incoming-fetcher-over-rpc": (env, ctx, req) => tryIt(() => env.B.take(req.fetcher)),
  "/incoming-fetcher-as-json": (env, ctx, req) => JSON.stringify(req.fetcher),
  "/global-fetch-through-a-request-fetcher": async (env, ctx) => [
    await tryIt(async () => answer(await fetch(new Request("http://b/one", { fetcher: env.B })))),
    await tryIt(async () => answer(await fetch("http://b/two", { fetcher: env.B }))),
    await tryIt(async () => answer(await fetch("http://self/three", { fetcher: ctx.exports.default }))),
    await tryIt(async () => answer(await env.B.fetch("http://b/four", { fetcher: ctx.exports.default }))),
  ],
  "/callee-incoming-request": async (env) => (await env.B.fetch("http://b/shape")).text(),
  "/request-over-rpc": async (env, ctx, req) => [await env.B.fetcherOf(new Request("http://x/", { fetcher: env.B })), await env.B.fetcherOf(req)],
};
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.hostname === "self") return new Response(`self got ${url.pathname}`);
    const name = url.pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${show(await test(env, ctx, request))}`);
    } catch (e) {
      return new Response(`threw ${showErr(e)}`);
    }
  },
};
