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

const settle = (p) => Promise.resolve(p).then(async (r) => `ok ${r.status} ${await r.text()}`, (e) => showErr(e));
const err = (f) => { try { f(); return "no error"; } catch (e) { return e.message; } };
const tests = {
  "/used-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); const first = await settle(env.B.fetch(req)); return [first, await settle(env.B.fetch(req))]; },
  "/read-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); await req.text(); return settle(env.B.fetch(req)); },
  "/locked-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); req.body.getReader(); return settle(env.B.fetch(req)); },
  "/response-as-input": (env) => settle(env.B.fetch(new Response("x"))),
  "/init-not-object": async (env) => [await settle(env.B.fetch("http://svc/x", 5)), await settle(env.B.fetch("http://svc/x", undefined)), await settle(fetch("http://svc/x", "s")), err(() => new Request("http://x/", 5))],
  "/constructor-errors": () => [err(() => new Request()), err(() => new Response("x", 5)), err(() => new Headers(5)), err(() => new Blob(5)), err(() => new File([])), err(() => new Event())],
  "/caller-headers": (env) => settle(env.B.fetch("http://svc/h", { headers: { Host: "other.example", "User-Agent": "ua" } })),
  "/framing-headers": (env) => settle(env.B.fetch("http://svc/h", { headers: { "Content-Length": "99", "Transfer-Encoding": "gzip", Connection: "close" }, method: "POST", body: "abc" })),
  "/url-normalization": async (env) => [await settle(env.B.fetch("http://svc/a b?c d")), await settle(env.B.fetch("http://svc:80/p")), await settle(env.B.fetch("https://svc:443/p")), await settle(env.B.fetch("http://[::1]:8080/p"))],
  "/response-body-once": async (env) => { const r = await env.B.fetch("http://svc/x"); await r.text(); try { await r.text(); return "twice"; } catch (e) { return showErr(e); } },
  "/clone-response": async (env) => { const r = await env.B.fetch("http://svc/x"); const c = r.clone(); return [(await r.text()) === (await c.text()), c.url, c.redirected]; },
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
