const enc = new TextEncoder();
const later = (ms) => new Promise((r) => setTimeout(r, ms));
export default {
  async fetch(request) {
    const path = new URL(request.url).pathname;
    switch (path) {
      case "/read-all": { try { const t = await request.text(); return new Response(`read ${t.length}`); } catch (e) { return new Response(`callee read failed: ${e.constructor.name}: ${e.message} retryable=${e.retryable}`); } }
      case "/read-parts": { const r = request.body.getReader(); const parts = []; try { for (;;) { const { done, value } = await r.read(); if (done) break; parts.push(value.byteLength); } } catch (e) { parts.push(`${e.constructor.name}: ${e.message}`); } return new Response(JSON.stringify(parts)); }
      case "/ignore-body": return new Response("ignored");
      case "/error-after-data": return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("first")); }, pull(c) { return later(200).then(() => c.error(new RangeError("callee body broke"))); } }));
      case "/string-chunk": return new Response(new ReadableStream({ start(c) { c.enqueue("str"); c.close(); } }));
      case "/string-after-bytes": return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("b")); c.enqueue("str"); c.close(); } }));
      case "/big": return new Response(new Uint8Array(40 * 1024 * 1024).fill(1));
      case "/content-length-mismatch": return new Response("abc", { headers: { "content-length": "10" } });
    }
    return new Response("?", { status: 404 });
  },
};
