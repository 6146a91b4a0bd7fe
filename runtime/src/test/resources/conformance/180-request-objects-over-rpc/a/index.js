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
const make = (url, init) => { try { const r = new Request(url, init); return `ok ${show([r.method, r.cache, r.integrity, r.redirect])}`; } catch (e) { return showErr(e); } };
const tests = {
  "/full-request": (env) => { const h = new Headers(); h.append("x-a", "1"); h.append("x-a", "2"); h.append("Set-Cookie", "s=1"); h.append("set-cookie", "t=2"); return env.B.describeRequest(new Request("https://u:p@ex.test:8443/p/q?z=1#frag", { method: "put", headers: h, body: "bdy", redirect: "manual" })); },
  "/get-request": (env) => env.B.describeRequest(new Request("http://ex.test/g")),
  "/methods": async (env) => [await settle(env.B.describeRequest(new Request("http://ex.test/", { method: "patch" }))), await settle(env.B.describeRequest(new Request("http://ex.test/", { method: "options" }))), await settle(env.B.describeRequest(new Request("http://ex.test/", { method: "head" }))), await settle(env.B.describeRequest(new Request("http://ex.test/", { method: "delete", body: "d" })))],
  "/sender-after-send": async (env) => { const r = new Request("http://ex.test/", { method: "POST", body: "once" }); const d = await env.B.describeRequest(r); return [d.body, r.bodyUsed, r.body.locked, await settle(r.text())]; },
  "/send-a-clone": async (env) => { const r = new Request("http://ex.test/c", { method: "POST", body: "twice" }); const c = r.clone(); const d = await env.B.describeRequest(c); return [d.body, await r.text(), c.bodyUsed]; },
  "/cf-crosses": (env) => env.B.describeRequest(new Request("http://ex.test/x", { cf: { a: 1, b: ["x"], c: { d: null } } })),
  "/given-signal-refused": async (env) => { const ac = new AbortController(); const r = new Request("http://ex.test/x", { signal: ac.signal }); return [await settle(env.B.describeRequest(r)), await settle(env.B.describeRequest(new Request(r))), await settle(env.B.describeRequest(new Request(r, { signal: null }))), await settle(env.B.describeRequest(r.clone())), await settle(env.B.describeRequest(new Request("http://ex.test/x", { signal: AbortSignal.abort() })))]; },
  "/read-signal-then-send": async (env) => { const r = new Request("http://ex.test/s"); const aborted = r.signal.aborted; return [aborted, await settle(env.B.describeRequest(r)), await settle(env.B.describeRequest(r.clone()))]; },
  "/returned-with-signal": (env) => settle(env.B.makeRequest("signal")),
  "/returned-request": async (env) => { const r = await env.B.makeRequest("plain"); return [r instanceof Request, r.method, r.url, r.redirect, [...r.headers], JSON.stringify(r.cf), await r.text()]; },
  "/identity-in-message": async (env) => { const r = new Request("http://ex.test/m"); const h = new Headers({ k: "v" }); const back = await env.B.echo([r, r, h, h, new Map([["req", r]]), { h }]); return [back[0] === back[1], back[2] === back[3], back[4].get("req") === back[0], back[5].h === back[2], back[0].url, [...back[2]]]; },
  "/received-headers-mutable": (env) => env.B.mutateRequest(new Request("http://ex.test/", { headers: { a: "1" } })),
  "/cache-mode": async (env) => [make("http://ex.test/", { cache: "no-store" }), make("http://ex.test/", { cache: "no-cache" }), make("http://ex.test/", { cache: "reload" }), (await env.B.echo(new Request("http://ex.test/", { cache: "no-store" }))).cache, (await env.B.echo(new Request("http://ex.test/"))).cache],
  "/init-refusals": () => [make("http://ex.test/", { integrity: "" }), make("http://ex.test/", { integrity: "sha256-abc" }), make("http://ex.test/", { redirect: "error" }), make("http://ex.test/", { method: "Custom" })],
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
