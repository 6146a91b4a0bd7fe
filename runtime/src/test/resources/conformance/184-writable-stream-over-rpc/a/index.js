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
const pause = () => new Promise((res) => setTimeout(res, 50));
const sinkStream = (log, failOn) => new WritableStream({
  write(chunk) { if (failOn && new TextDecoder().decode(chunk) === failOn) throw new RangeError("sink refused"); log.push(chunk instanceof Uint8Array ? `bytes:${new TextDecoder().decode(chunk)}` : `${Object.prototype.toString.call(chunk)}`); },
  close() { log.push("close"); },
  abort(reason) { log.push(`abort:${reason}`); },
});
const tests = {
  "/sent-written-and-closed": async (env) => { const log = []; const w = sinkStream(log); const r = await env.B.writeTo(w, ["ab", "cd"]); await pause(); return [r, log, w.locked]; },
  "/sent-not-closed": async (env) => { const log = []; const r = await env.B.writeTo(sinkStream(log), ["x"], "noclose"); await pause(); return [r, log]; },
  "/sent-aborted-by-callee": async (env) => { const log = []; const r = await env.B.writeTo(sinkStream(log), ["y"], "abort"); await pause(); return [r, log]; },
  "/sent-callee-writes-strings": async (env) => { const log = []; const r = await env.B.writeTo(sinkStream(log), ["s"], "strings"); await pause(); return [r, log]; },
  "/sent-callee-writes-other-values": async (env) => { const log = []; const r = await env.B.writeOther(sinkStream(log)); await pause(); return [r, log]; },
  "/sent-sink-fails": async (env) => { const log = []; const r = await env.B.writeTo(sinkStream(log, "bad"), ["ok", "bad", "after"]); await pause(); return [r, log]; },
  "/sent-locked": async (env) => { const w = new WritableStream(); w.getWriter(); return settle(env.B.writeTo(w, ["z"])); },
  "/sent-in-object": async (env) => { const log = []; const r = await env.B.writeToObj({ w: sinkStream(log) }); await pause(); return [r, log]; },
  "/transform-writable-sent": async (env) => { const { readable, writable } = new TransformStream(); const p = env.B.writeTo(writable, ["via ", "transform"]); const text = await new Response(readable).text(); return [await p, text]; },
  "/callee-fills-without-awaiting": async (env) => { const { readable, writable } = new TransformStream(); const r = await env.B.fillNoAwait(writable); return [r, await new Response(readable).text()]; },
  "/returned-written-by-caller": async (env) => { const w = await env.B.makeWritable(); const writer = w.getWriter(); await writer.write(enc.encode("hello")); await writer.write(new Uint8Array([33]).buffer); const s = await settle(writer.write("str")); await writer.close(); await pause(); return [w instanceof WritableStream, s, await env.B.log()]; },
  "/returned-sink-fails": async (env) => { const w = await env.B.makeWritable("fail"); const writer = w.getWriter(); const out = [await settle(writer.write(enc.encode("1"))), await settle(writer.write(enc.encode("2")))]; out.push(await settle(writer.close())); out.push(await env.B.log()); return out; },
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
