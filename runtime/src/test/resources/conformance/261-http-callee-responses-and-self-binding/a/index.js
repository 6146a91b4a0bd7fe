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

async function call(env, ...args) {
  const r = await env.B.fetch(...args);
  return `${r.status} ${JSON.stringify(r.statusText)} ok=${r.ok} redirected=${r.redirected} url=${r.url} body=${JSON.stringify(await r.text())}`;
}
const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => showErr(e));
const st = (env, s, body) => settle(call(env, `http://svc/status?s=${s}` + (body === undefined ? "" : `&body=${body}`)));
const tests = {
  "/status-bounds": async (env) => [await st(env, 200), await st(env, 199), await st(env, 100), await st(env, 599), await st(env, 600), await st(env, 0), await st(env, 999)],
  "/status-classes": async (env) => [await st(env, 226), await st(env, 299), await st(env, 399), await st(env, 451), await st(env, 499), await st(env, 511), await st(env, 520)],
  "/null-body-with-body": async (env) => [await st(env, 204, "x"), await st(env, 205, "x"), await st(env, 304, "x"), await st(env, 205), await st(env, 101)],
  "/redirect-statuses-no-follow": async (env) => [await st(env, 300), await st(env, 305), await st(env, 306), await st(env, 309), await st(env, 399)],
  "/response-redirect": async (env) => [
    await settle(call(env, "http://svc/redirect-helper?to=http://elsewhere/landed&s=301")),
    await settle(call(env, "http://svc/redirect-helper?to=http://elsewhere/landed&s=308", { method: "POST", body: "kept" })),
    await settle(call(env, "http://svc/redirect-helper?to=http://elsewhere/landed&s=307", { redirect: "manual" })),
    await settle(call(env, "http://svc/redirect-helper?to=http://elsewhere/landed&s=200")),
    await settle(call(env, "http://svc/redirect-helper?to=/relative&s=302")),
  ],
  "/subclasses-and-json": async (env) => {
    const r = await env.B.fetch("http://svc/subclass");
    const p = await env.B.fetch("http://svc/promise-subclass");
    const j = await env.B.fetch("http://svc/json");
    return [r.constructor.name, r.extra, r.headers.get("x-sub"), await r.text(), p.constructor.name, await p.text(), j.status, j.statusText, j.headers.get("content-type"), await j.json()];
  },
  "/callee-throws": async (env) => [
    await settle(call(env, "http://svc/throw-sync")),
    await settle(call(env, "http://svc/throw-after-await")),
    await settle(call(env, "http://svc/reject-with-response")),
  ],
  "/empty-and-null-bodies": async (env) => {
    const a = await env.B.fetch("http://svc/null-body");
    const b = await env.B.fetch("http://svc/empty-body");
    return [a.body === null, a.headers.get("content-type"), a.headers.get("content-length"), await a.text(), b.body === null, b.headers.get("content-type"), b.headers.get("content-length"), await b.text()];
  },
  "/response-shape": async (env) => {
    const r = await env.B.fetch("http://svc/plain?x=1#h");
    return [r.type, r.url, r.webSocket, r.bodyUsed, Object.prototype.toString.call(r), r instanceof Response, [...r.headers].map(([k, v]) => `${k}=${v}`).join("; ")];
  },
  "/self-binding": async (env) => [
    await settle(call(env, "http://svc/self?d=3", { method: "PUT", body: "deep", headers: { "x-trail": "a" } })),
    await settle(call(env, "http://svc/self-forward", { method: "POST", body: "fwd" })),
  ],
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
