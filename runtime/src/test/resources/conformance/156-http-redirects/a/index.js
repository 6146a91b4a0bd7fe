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

async function go(env, path, init) {
  const r = await env.B.fetch("http://svc.example" + path, init);
  return `${r.status} redirected=${r.redirected} url=${r.url} x-from=${r.headers.get("x-from")} :: ${await r.text()}`;
}
const post = { method: "POST", body: "payload", headers: { "x-custom": "c", "content-type": "text/x-mine" } };
const tests = {
  "/301-post": (env) => go(env, "/r301", post),
  "/302-post": (env) => go(env, "/r302", post),
  "/303-post": (env) => go(env, "/r303", post),
  "/307-post": (env) => go(env, "/r307", post),
  "/307-stream": (env) => go(env, "/r307", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }) }),
  "/manual": (env) => go(env, "/r302", { redirect: "manual" }),
  "/absolute-other-host": (env) => go(env, "/absolute-other-host"),
  "/no-location": (env) => go(env, "/no-location"),
  "/fragment": (env) => go(env, "/fragment"),
  "/relative-dot": (env) => go(env, "/a/b/relative-dot"),
  "/chain": (env) => go(env, "/chain1", post),
  "/loop": async (env) => { let e; try { await go(env, "/loop"); } catch (x) { e = showErr(x); } const n = await (await env.B.fetch("http://svc/loop-count")).text(); return [e, n]; },
  "/bad-location": (env) => go(env, "/bad-location"),
  "/ftp-location": (env) => go(env, "/ftp-location"),
  "/request-object-redirect": async (env) => { const r = await env.B.fetch(new Request("http://svc.example/r302", { redirect: "manual" })); return [r.status, r.headers.get("location")]; },
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
