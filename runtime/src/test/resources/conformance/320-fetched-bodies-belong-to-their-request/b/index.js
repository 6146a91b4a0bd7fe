function sum(bytes) { let s = 0; for (let i = 0; i < bytes.length; i += 4099) s = (s + bytes[i] * (i % 7 + 1)) % 1000003; return s; }
export default {
  async fetch(request) {
    const url = new URL(request.url);
    const path = url.pathname;
    const n = Number(url.searchParams.get("n") || 0);
    if (path === "/stream-down") {
      const chunk = Number(url.searchParams.get("chunk") || 65536);
      let sent = 0;
      return new Response(new ReadableStream({
        pull(c) { if (sent >= n) { c.close(); return; } const len = Math.min(chunk, n - sent); const u = new Uint8Array(len); u.fill((sent / chunk) & 255); c.enqueue(u); sent += len; },
      }), { headers: { "x-len": String(n) } });
    }
    if (path === "/transform-down") {
      const { readable, writable } = new TransformStream();
      const w = writable.getWriter();
      (async () => { for (let i = 0; i < n; i += 1 << 20) await w.write(new Uint8Array(Math.min(1 << 20, n - i)).fill(i >> 20)); await w.close(); })();
      return new Response(readable);
    }
    if (path === "/blob-down") return new Response(new Blob([new Uint8Array(n).fill(7), "tail"]));
    if (path === "/string-down") return new Response("x".repeat(n) + "END");
    if (path === "/echo") return new Response(request.body, { headers: { "x-cl": String(request.headers.get("content-length")), "x-te": String(request.headers.get("transfer-encoding")) } });
    if (path === "/measure") {
      let total = 0, chunks = 0, first = -1, last = -1;
      const reader = request.body.getReader();
      for (;;) { const { done, value } = await reader.read(); if (done) break; total += value.byteLength; chunks++; if (first < 0) first = value[0]; last = value[value.byteLength - 1]; }
      return new Response(JSON.stringify({ total, first, last, cl: request.headers.get("content-length"), te: request.headers.get("transfer-encoding"), method: request.method }));
    }
    if (path === "/text-len") { const t = await request.text(); return new Response(`${t.length} ${t.slice(-3)}`); }
    return new Response("?", { status: 404 });
  },
};
