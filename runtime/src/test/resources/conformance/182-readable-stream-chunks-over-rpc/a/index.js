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
const enc = new TextEncoder();
const streamOf = (chunks, type) => new ReadableStream({ type, start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
const readAll = async (s) => { const r = s.getReader(); const parts = []; for (;;) { const { done, value } = await r.read(); if (done) break; parts.push(value instanceof Uint8Array ? new TextDecoder().decode(value) : `<${Object.prototype.toString.call(value)}>`); } return parts.join(""); };
const tests = {
  "/chunk-types-sent": (env) => env.B.consume(streamOf([enc.encode("ab").buffer, new DataView(enc.encode("cd").buffer), new Uint16Array([0x6665]), enc.encode("xxghxx").subarray(2, 4), new Float32Array(0)])),
  "/chunk-types-returned": async (env) => readAll(await env.B.produce("mixed")),
  "/empty-streams": async (env) => [await env.B.consume(streamOf([])), await readAll(await env.B.produce("empty"))],
  "/received-stream-shape": async (env) => { const s = await env.B.produce("abc"); const byob = s.getReader({ mode: "byob" }); const { value } = await byob.read(new Uint8Array(16)); return [s instanceof ReadableStream, s.locked, value.constructor.name, new TextDecoder().decode(value)]; },
  "/received-read-twice": async (env) => { const s = await env.B.produce("abc"); const t = await readAll(s); let again; try { new Response(s); again = "constructed"; } catch (e) { again = showErr(e); } return [t, again]; },
  "/receiver-cancels-returned": async (env) => { const s = await env.B.produce("slow"); const r = s.getReader(); const a = await r.read(); await r.cancel("enough"); await new Promise((res) => setTimeout(res, 100)); return [new TextDecoder().decode(a.value), await env.B.log()]; },
  "/receiver-cancels-sent": async (env) => { let cancelled = "no"; const s = new ReadableStream({ pull(c) { c.enqueue(enc.encode("z")); }, cancel(reason) { cancelled = `cancelled: ${reason}`; } }); const got = await env.B.readOneAndCancel(s); await new Promise((res) => setTimeout(res, 100)); return [got, cancelled]; },
  "/streams-nested": async (env) => { const s = streamOf([enc.encode("S")]); const o = await env.B.echo({ a: streamOf([enc.encode("A")]), b: [streamOf([enc.encode("B")])], same: [s, s] }); return [await readAll(o.a), await readAll(o.b[0]), o.same[0] === o.same[1], await readAll(o.same[0])]; },
  "/tee-one-branch-sent": async (env) => { const [x, y] = streamOf([enc.encode("tee")]).tee(); return [await env.B.consume(x), await readAll(y)]; },
  "/byte-source-sent": (env) => env.B.consume(streamOf([enc.encode("by"), enc.encode("tes")], "bytes")),
  "/large-streams": async (env) => { let i = 0; const s = new ReadableStream({ pull(c) { if (i++ < 36) c.enqueue(new Uint8Array(1024 * 1024).fill(i)); else c.close(); } }); const back = await env.B.produce("big"); let n = 0; const r = back.getReader(); for (;;) { const { done, value } = await r.read(); if (done) break; n += value.byteLength; } return [await env.B.count(s), n]; },
  "/one-chunk-over-32MiB": async (env) => { const b = new Uint8Array(34 * 1024 * 1024).fill(5); b[b.length - 1] = 6; return [await env.B.count(streamOf([b])), await env.B.count(await env.B.produce("one-big-chunk"))]; },
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
