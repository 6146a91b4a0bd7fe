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

const dec = new TextDecoder();
const tests = {
  "/endless-read-then-cancel": async (env) => { await env.B.log(); const r = await env.B.fetch("http://b/infinite"); const rd = r.body.getReader(); const sizes = []; for (let k = 0; k < 3; k++) { const { value } = await rd.read(); sizes.push(value.byteLength, value[0]); } await rd.cancel("enough"); await scheduler.wait(50); return [r.status, sizes, await env.B.log()]; },
  "/slow-chunks-whole": async (env) => { await env.B.log(); const r = await env.B.fetch("http://b/slow-chunks"); return [await r.text(), await env.B.log()]; },
  "/slow-chunks-first-then-cancel": async (env) => { await env.B.log(); const r = await env.B.fetch("http://b/slow-chunks"); const rd = r.body.getReader(); const a = await rd.read(); await rd.cancel("bye"); await scheduler.wait(100); return [dec.decode(a.value), await env.B.log()]; },
  "/server-sent-events": async (env) => { const r = await env.B.fetch("http://b/sse"); const rd = r.body.pipeThrough(new TextDecoderStream()).getReader(); let s = ""; while ((s.match(/\n\n/g) || []).length < 3) { const { value } = await rd.read(); s += value; } await rd.cancel(); return [r.headers.get("content-type"), s.split("\n\n").slice(0, 3)]; },
  "/head-before-a-hung-body": async (env) => { const r = await env.B.fetch("http://b/never-body"); const rd = r.body.getReader(); const a = await rd.read(); return [r.status, r.headers.get("x-head"), dec.decode(a.value), await settle(rd.read())]; },
  "/chunk-bounds-then-hang": async (env) => { const r = await env.B.fetch("http://b/two-then-hang"); const rd = r.body.getReader(); const out = []; for (let k = 0; k < 2; k++) { const x = await rd.read(); out.push(dec.decode(x.value)); } out.push(await settle(rd.read())); return out; },
  "/text-of-bodies-that-hang": async (env) => [await settle((await env.B.fetch("http://b/never-body")).text()), await settle((await env.B.fetch("http://b/empty-transform")).text())],
  "/late-and-timed-chunks": async (env) => { const a = await env.B.fetch("http://b/late"); const b = await env.B.fetch("http://b/chunks"); return [a.headers.get("x-a"), await a.text(), b.status, b.statusText, b.headers.get("content-type"), b.headers.get("content-length"), await b.text()]; },
  "/error-after-bytes": async (env) => { const r = await env.B.fetch("http://b/error-later"); const rd = r.body.getReader(); const got = []; for (;;) { try { const { done, value } = await rd.read(); if (done) break; got.push(dec.decode(value)); } catch (e) { got.push(`${e.constructor.name}: ${e.message} remote=${e.remote}`); break; } } return got; },
  "/clone-and-forward": async (env) => { const r = await env.B.fetch("http://b/chunks"); const c = r.clone(); const fwd = await env.B.fetch("http://b/length", { method: "POST", body: c.body }); return [await r.text(), await fwd.text()]; },
  "/read-after-other-calls": async (env) => { const r = await env.B.fetch("http://b/chunks"); await env.B.fetch("http://b/plain"); await env.B.log(); await scheduler.wait(30); return [r.bodyUsed, await r.text(), r.bodyUsed]; },
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
