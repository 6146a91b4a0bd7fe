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
const readText = (p) => p.then((x) => (x.done ? "done" : dec.decode(x.value)));
const tests = {
  "/never-enqueues": async (env) => { const s = await env.B.emptyForever(); return settle(s.getReader().read()); },
  "/never-enqueues-byte-source": async (env) => { const s = await env.B.emptyForeverBytes(); return settle(s.getReader().read()); },
  "/late-chunk-on-a-timer": async (env) => { const s = await env.B.lateChunk(); return settle(new Response(s).text()); },
  "/two-chunks-then-stall": async (env) => { const s = await env.B.twoThenHang(); const r = s.getReader(); const out = []; for (let k = 0; k < 3; k++) out.push(await settle(readText(r.read()))); return out; },
  "/one-chunk-left-open": async (env) => { const s = await env.B.oneChunkOpen(); const r = s.getReader(); const first = await r.read(); return [show(first.value), await settle(r.read())]; },
  "/stream-inside-an-object": async (env) => { const o = await env.B.inObject(); const r = o.s.getReader(); return [o.n, dec.decode((await r.read()).value), await settle(r.read())]; },
  "/text-of-a-stalled-stream": async (env) => settle(new Response(await env.B.twoThenHang()).text()),
  "/stalled-beside-a-ticking-stream": async (env) => { const stalled = await env.B.emptyForever(); const ticking = await env.B.ticking(3); const [a, b] = await Promise.all([settle(stalled.getReader().read()), settle(new Response(ticking).text())]); return [a, b]; },
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
