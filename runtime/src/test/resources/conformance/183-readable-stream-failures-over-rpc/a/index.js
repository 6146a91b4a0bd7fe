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
const readParts = async (s) => { const r = s.getReader(); const parts = []; try { for (;;) { const { done, value } = await r.read(); if (done) break; parts.push(new TextDecoder().decode(value)); } } catch (e) { parts.push(showErr(e)); } return parts; };
const tests = {
  "/returned-fails-before-reading": async (env) => [await readParts(await env.B.produce("errored-at-start")), await readParts(await env.B.produce("enqueue-then-error")), await readParts(await env.B.produce("number-first")), await readParts(await env.B.produce("object-first"))],
  "/returned-fails-later": async (env) => [await readParts(await env.B.produce("error-later-no-data")), await readParts(await env.B.produce("error-after-data"))],
  "/returned-fails-after-data": async (env) => [await readParts(await env.B.produce("throw-in-pull-after-data")), await readParts(await env.B.produce("string-after-bytes"))],
  "/returned-failure-through-text": async (env) => [await settle((await env.B.produce("error-after-data")).pipeTo(new WritableStream())), await settle(new Response(await env.B.produce("errored-at-start")).text())],
  "/sent-fails-after-data": (env) => race(env.B.consumeParts(new ReadableStream({ start(c) { c.enqueue(enc.encode("one")); }, pull(c) { return later(200).then(() => c.error(new RangeError("caller broke"))); } }))),
  "/sent-fails-and-callee-throws": (env) => race(env.B.consume(new ReadableStream({ start(c) { c.enqueue(enc.encode("one")); }, pull(c) { return later(200).then(() => c.error(new RangeError("caller broke"))); } }))),
  "/sent-errored-at-start": (env) => race(env.B.consume(new ReadableStream({ start(c) { c.error(new RangeError("caller broke early")); } }))),
  "/sent-number-chunk": (env) => race(env.B.consume(new ReadableStream({ start(c) { c.enqueue(7); c.close(); } }))),
  "/sent-already-read": async (env) => { const s = new ReadableStream({ start(c) { c.enqueue(enc.encode("q")); c.enqueue(enc.encode("r")); c.close(); } }); const r = s.getReader(); await r.read(); r.releaseLock(); return race(env.B.consume(s)); },
  "/locked-body-read": async () => { const s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }); s.getReader(); const r = new Response(s); return [r.bodyUsed, r.body === s, r.body.locked, await settle(r.text())]; },
  "/disturbed-or-locked-as-body": async () => { const s = new ReadableStream({ start(c) { c.enqueue(enc.encode("q")); c.close(); } }); const r = s.getReader(); await r.read(); r.releaseLock(); let a; try { new Response(s); a = "constructed"; } catch (e) { a = showErr(e); } let b; try { new Request("http://x/", { method: "POST", body: s }); b = "constructed"; } catch (e) { b = showErr(e); } const locked = new ReadableStream(); locked.getReader(); let c; try { new Response(locked); c = "constructed"; } catch (e) { c = showErr(e); } return [a, b, c]; },
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
