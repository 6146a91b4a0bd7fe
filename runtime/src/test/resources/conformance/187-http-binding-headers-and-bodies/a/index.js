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

const settle = async (p) => { try { return `ok ${show(await p)}`; } catch (e) { return showErr(e); } };
const desc = async (r) => [r.status, r.statusText, [...r.headers].map(([k, v]) => `${k}=${v}`).join("; "), r.body === null ? "<null>" : await r.text()];
const tests = {
  "/head-drops-body": async (env) => desc(await env.B.fetch("http://svc/body", { method: "HEAD" })),
  "/204-and-304": async (env) => [await desc(await env.B.fetch("http://svc/s204")), await desc(await env.B.fetch("http://svc/s304"))],
  "/request-set-cookie-and-duplicates": async (env) => { const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("x-dup", "1"); h.append("X-Dup", "2"); return desc(await env.B.fetch("http://svc/echo-headers", { headers: h })); },
  "/response-set-cookies": async (env) => { const r = await env.B.fetch("http://svc/cookies"); return [r.headers.getSetCookie(), r.headers.get("set-cookie"), [...r.headers].length]; },
  "/non-ascii-header-values": async (env) => [await settle(env.B.fetch("http://svc/echo-headers", { headers: { "x-u": "héllo wörld" } }).then(desc)), await settle(env.B.fetch("http://svc/echo-headers", { headers: { "x-u": "日本" } }).then(desc)), await settle(env.B.fetch("http://svc/unicode-header").then((r) => [r.headers.get("x-u"), [...r.headers.get("x-u")].map((c) => c.charCodeAt(0))]))],
  "/status-text-non-ascii": async (env) => desc(await env.B.fetch("http://svc/status-text")),
  "/streamed-response": async (env) => { const r = await env.B.fetch("http://svc/stream"); const rd = r.body.getReader(); let n = 0; for (;;) { const { done, value } = await rd.read(); if (done) break; n += value.byteLength; } return [r.status, JSON.stringify(r.statusText), [...r.headers].map(([k, v]) => `${k}=${v}`).join("; "), n]; },
  "/slowly-streamed-response": async (env) => desc(await env.B.fetch("http://svc/slow-stream")),
  "/large-streamed-request": async (env) => { let i = 0; const body = new ReadableStream({ pull(c) { if (i++ < 20) c.enqueue(new Uint8Array(1024 * 1024).fill(i)); else c.close(); } }); return desc(await env.B.fetch("http://svc/measure", { method: "POST", body })); },
  "/cancel-response-body": async (env) => { const r = await env.B.fetch("http://svc/stream"); await r.body.cancel(); return [r.bodyUsed, await settle(r.text())]; },
  "/methods-and-bodies": async (env) => [await desc(await env.B.fetch("http://svc/echo-method", { method: "OPTIONS" })), await desc(await env.B.fetch("http://svc/echo-method", { method: "DELETE", body: "del" })), await desc(await env.B.fetch("http://svc/echo-method", { method: "post", body: new Uint8Array(0) }))],
  "/response-headers-guard": async (env) => { const r = await env.B.fetch("http://svc/json"); const out = [await settle(Promise.resolve().then(() => r.headers.set("x", "1")))]; const c = new Response(r.body, r); c.headers.set("x", "1"); out.push([...c.headers], c.status, c.statusText, await c.json()); return out; },
  "/cache-no-store": async (env) => [await desc(await env.B.fetch("http://svc/echo-headers", { cache: "no-store" })), await desc(await env.B.fetch(new Request("http://svc/echo-headers", { cache: "no-store", headers: { "cache-control": "max-age=5" } })))],
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
