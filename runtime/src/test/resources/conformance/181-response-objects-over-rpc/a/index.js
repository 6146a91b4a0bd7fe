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
const desc = async (r) => [r instanceof Response, r.status, r.statusText, r.ok, r.type, r.url, r.redirected, [...r.headers], r.body === null ? "<null>" : await r.text()];
const tests = {
  "/received-headers-mutable": async (env) => { const r = await env.B.makeResponse("plain"); const out = await desc(r); r.headers.set("x-new", "1"); out.push([...r.headers].length); return out; },
  "/response-json": async (env) => { const r = await env.B.makeResponse("json"); return [r.status, r.statusText, [...r.headers], await r.json()]; },
  "/response-redirect": async (env) => desc(await env.B.makeResponse("redirect")),
  "/response-error": async (env) => { const r = await env.B.makeResponse("error"); return [r.type, r.status, r.statusText, r.ok, r.body === null, [...r.headers], await settle(env.B.describeResponse(Response.error()))]; },
  "/null-body-statuses": async (env) => { const rs = await env.B.makeResponse("nullbody"); return Promise.all(rs.map(desc)); },
  "/status-texts": async (env) => { const rs = await env.B.makeResponse("texts"); return rs.map((r) => `${r.status} ${JSON.stringify(r.statusText)}`); },
  "/argument-after-send": async (env) => { const r = new Response("sent body", { status: 299, statusText: "Odd", headers: { "x-r": "r" } }); const d = await env.B.describeResponse(r); return [d, r.bodyUsed, await settle(r.text())]; },
  "/fetched-response-sent-on": async (env) => { const r = await env.B.fetch("http://svc/echo-url"); const back = await env.B.echo(r); return [r.url, await desc(back)]; },
  "/body-kinds": async (env) => [await env.B.describeResponse(new Response(new Uint8Array([104, 105]))), await env.B.describeResponse(new Response(new URLSearchParams("a=1&b=2"))), await env.B.describeResponse(new Response(new Blob(["bl"], { type: "text/x-b" }))), await env.B.describeResponse(new Response(""))],
  "/used-or-locked-body": async (env) => { const used = new Response("u"); await used.text(); const locked = new Response("l"); locked.body.getReader(); return [await settle(env.B.describeResponse(used)), await settle(env.B.describeResponse(locked))]; },
  "/headers-values-apart": async (env) => { const h = new Headers([["B", " spaced  "], ["a", "x"], ["A", "y"], ["Cookie", "c1"], ["cookie", "c2"]]); const back = await env.B.echo(h); return [[...back], back.get("a"), back.get("cookie")]; },
  "/response-in-object-and-map": async (env) => { const o = await env.B.makeResponse("nested"); return [await desc(o.r), await desc(o.m.get("k"))]; },
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
