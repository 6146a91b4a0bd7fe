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
const race = (p) => Promise.race([settle(p), new Promise((r) => setTimeout(() => r("still pending after 1500 ms"), 1500))]);
const enc = new TextEncoder();
const later = (ms) => new Promise((r) => setTimeout(r, ms));
const readParts = async (r) => { const rd = r.body.getReader(); const parts = []; try { for (;;) { const { done, value } = await rd.read(); if (done) break; parts.push(new TextDecoder().decode(value)); } } catch (e) { parts.push(showErr(e)); } return parts; };
const tests = {
  "/request-body-errors-later": (env) => race(env.B.fetch("http://svc/read-all", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(enc.encode("one")); }, pull(c) { return later(200).then(() => c.error(new RangeError("caller broke"))); } }) }).then((r) => r.text())),
  "/request-body-errors-at-start": (env) => race(env.B.fetch("http://svc/read-all", { method: "POST", body: new ReadableStream({ start(c) { c.error(new RangeError("caller broke early")); } }) }).then((r) => r.text())),
  "/request-body-string-chunk": (env) => race(env.B.fetch("http://svc/read-all", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue("s"); c.close(); } }) }).then((r) => r.text())),
  "/request-body-ignored": async (env) => { let pulls = 0; const body = new ReadableStream({ pull(c) { pulls++; if (pulls > 5) c.close(); else c.enqueue(enc.encode("x")); } }); const r = await env.B.fetch("http://svc/ignore-body", { method: "POST", body }); const t = await r.text(); return [t, body.locked]; },
  "/response-body-errors-later": async (env) => readParts(await env.B.fetch("http://svc/error-after-data")),
  "/response-string-chunk": async (env) => race(env.B.fetch("http://svc/string-chunk").then(readParts)),
  "/response-string-after-bytes": async (env) => race(env.B.fetch("http://svc/string-after-bytes").then(readParts)),
  "/big-response": async (env) => { const r = await env.B.fetch("http://svc/big"); return [r.headers.get("content-length"), (await r.arrayBuffer()).byteLength]; },
  "/content-length-mismatch": async (env) => race(env.B.fetch("http://svc/content-length-mismatch").then(async (r) => [r.headers.get("content-length"), await r.text()])),
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
