const enc = new TextEncoder();
export default {
  async fetch(req, env, ctx) {
    const p = new URL(req.url).pathname;
    const { readable, writable } = new TransformStream();
    const w = writable.getWriter();
    const write = async (n, close = true) => { for (let i = 0; i < n; i++) { await w.write(enc.encode(`${i};`)); await scheduler.wait(5); } if (close) await w.close(); };
    if (p === "/wait-until-writer") { ctx.waitUntil(write(5)); return new Response(readable); }
    if (p === "/unawaited-writer") { write(5); return new Response(readable); }
    if (p === "/writer-never-closes") { write(3, false); return new Response(readable); }
    if (p === "/writer-aborts") { (async () => { await w.write(enc.encode("a;")); await scheduler.wait(5); await w.abort(new RangeError("aborted by writer")); })(); return new Response(readable); }
    if (p === "/writer-errors-via-controller") { const ts = new TransformStream({ transform(chunk, c) { if (chunk.length > 2) c.error(new TypeError("too big")); else c.enqueue(chunk); } }); const w2 = ts.writable.getWriter(); (async () => { await w2.write(enc.encode("ok")); await w2.write(enc.encode("toolong")).catch(() => {}); })(); return new Response(ts.readable); }
    if (p === "/identity-transform") { const its = new IdentityTransformStream(); const w3 = its.writable.getWriter(); (async () => { await w3.write(enc.encode("id1;")); await w3.write(enc.encode("id2;")); await w3.close(); })(); return new Response(its.readable); }
    return new Response("?");
  },
};
