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


const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const race = (p, ms) => Promise.race([p, pause(ms).then(() => `pending after ${ms} ms`)]);
const tryIt = async (f) => { try { return `ok ${show(await f())}`; } catch (e) { return `threw ${showErr(e)}`; } };
const readAll = async (s, log) => { const r = s.getReader(); const dec = new TextDecoder(); for (;;) { const { done, value } = await r.read(); if (done) return log; log.push(dec.decode(value)); } };
const never = () => new Promise(() => {});
const tests = {
  "/returned-stream-never-pulls": (env) => tryIt(async () => { const s = await env.B.neverStream(); return race(new Response(s).text(), 300); }),
  "/one-chunk-then-never": (env) => tryIt(async () => { const log = []; const s = await env.B.chunkThenNever(); return [await tryIt(() => race(readAll(s, log), 300)), log]; }),
  "/callee-waituntil-still-running": (env) => tryIt(async () => { const s = await env.B.neverWithWaitUntil(150); return race(new Response(s).text(), 60); }),
  "/callee-waituntil-over": (env) => tryIt(async () => { const s = await env.B.neverWithWaitUntil(150); return race(new Response(s).text(), 400); }),
  "/stream-inside-a-returned-object": (env) => tryIt(async () => { const o = await env.B.neverInObject(); return [o.tag, await tryIt(() => race(new Response(o.body).text(), 300))]; }),
  "/never-read": (env) => tryIt(async () => { const s = await env.B.neverStream(); await pause(50); return [typeof s, s.locked]; }),
  "/cancel-while-a-read-waits": (env) => tryIt(async () => { const s = await env.B.neverStream(); const r = s.getReader(); const p = tryIt(() => r.read()); await pause(50); await r.cancel("bye"); return race(p, 300); }),
  "/callee-still-answers-afterwards": (env) => tryIt(async () => { const s = await env.B.neverStream(); const first = await tryIt(() => race(new Response(s).text(), 300)); return [first, await env.B.quick()]; }),
  "/caller-stream-argument-never-pulls": (env) => tryIt(() => race(env.B.readArg(new ReadableStream({ pull() { return never(); } })), 300)),
  "/fetch-body-never-pulls": (env) => tryIt(async () => { const r = await env.B.fetch("http://b/never-body"); return [r.status, await race(r.text(), 300)]; }),
  "/timer-fed-stream-still-arrives": (env) => tryIt(async () => new Response(await env.B.timedStream()).text()),
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
