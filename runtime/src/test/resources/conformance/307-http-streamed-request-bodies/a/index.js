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

const enc = new TextEncoder();
const dec = new TextDecoder();
const endless = () => { let i = 0; return new ReadableStream({ pull(c) { c.enqueue(enc.encode(`chunk${i++}`)); } }); };
const slow = (n, log) => { let i = 0; return new ReadableStream({ async pull(c) { await scheduler.wait(10); if (i === n) { c.close(); return; } if (log) log.push(`produce ${i}`); c.enqueue(enc.encode(`s${i++}`)); } }); };
const tests = {
  "/endless-first-chunk": async (env) => (await env.B.fetch("http://b/first-chunk", { method: "POST", body: endless() })).text(),
  "/endless-ignored": async (env) => { const body = endless(); const r = await env.B.fetch("http://b/ignore", { method: "POST", body }); return [await r.text(), body.locked]; },
  "/endless-three-chunks": async (env) => (await env.B.fetch("http://b/three", { method: "PUT", body: endless() })).text(),
  "/endless-in-a-request-object": async (env) => (await env.B.fetch(new Request("http://b/three", { method: "POST", body: endless() }))).text(),
  "/slow-body-not-read-ahead": async (env) => { const log = []; const t = await (await env.B.fetch("http://b/first-chunk", { method: "POST", body: slow(5, log) })).text(); return [t, log.length < 5]; },
  "/slow-body-whole": async (env) => (await env.B.fetch("http://b/all", { method: "POST", body: slow(5) })).text(),
  "/endless-echoed-back": async (env) => { const r = await env.B.fetch("http://b/echo", { method: "POST", body: endless() }); const rd = r.body.getReader(); const got = []; for (let k = 0; k < 3; k++) got.push(dec.decode((await rd.read()).value)); await rd.cancel(); return [r.headers.get("x-echo"), got]; },
  "/body-errors-midway": async (env) => { let i = 0; const body = new ReadableStream({ async pull(c) { await scheduler.wait(5); if (i++ < 2) c.enqueue(enc.encode("ab")); else c.error(new Error("producer failed")); } }); return (await env.B.fetch("http://b/all", { method: "POST", body })).text(); },
  "/body-yields-a-string": async (env) => { let i = 0; const body = new ReadableStream({ pull(c) { if (i++ === 0) c.enqueue(enc.encode("bytes")); else c.enqueue("a string"); } }); return (await env.B.fetch("http://b/all", { method: "POST", body })).text(); },
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
