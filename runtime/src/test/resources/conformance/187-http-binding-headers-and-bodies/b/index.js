const enc = new TextEncoder();
export default {
  async fetch(request) {
    const path = new URL(request.url).pathname;
    switch (path) {
      case "/body": return new Response("has a body", { headers: { "x-b": "1" } });
      case "/s204": return new Response(null, { status: 204, headers: { "x-e": "e" } });
      case "/s304": return new Response(null, { status: 304, statusText: "Same" });
      case "/echo-headers": return new Response([...request.headers].map(([k, v]) => `${k}=${v}`).join("; ") + ` | setCookie=${JSON.stringify(request.headers.getSetCookie())}`);
      case "/cookies": { const h = new Headers(); h.append("Set-Cookie", "a=1; Path=/"); h.append("Set-Cookie", "b=2, c=3"); h.append("set-cookie", "d=4"); return new Response("c", { headers: h }); }
      case "/unicode-header": return new Response("u", { headers: { "x-u": "çà" } });
      case "/status-text": return new Response("s", { status: 200, statusText: "Très bien" });
      case "/stream": { let i = 0; return new Response(new ReadableStream({ pull(c) { if (i++ < 5) c.enqueue(enc.encode("x".repeat(1000))); else c.close(); } })); }
      case "/measure": { const b = new Uint8Array(await request.arrayBuffer()); return new Response(`len=${b.length} first=${b[0]} last=${b[b.length - 1]} te=${request.headers.get("transfer-encoding")} cl=${request.headers.get("content-length")}`); }
      case "/json": return Response.json({ ok: true }, { status: 201, headers: { "X-Upper": "A" } });
      case "/slow-stream": { const { readable, writable } = new TransformStream(); const w = writable.getWriter(); (async () => { for (const p of ["a", "b", "c"]) { await new Promise((r) => setTimeout(r, 20)); await w.write(enc.encode(p)); } await w.close(); })(); return new Response(readable, { headers: { "x-s": "1" } }); }
      case "/echo-method": return new Response(`${request.method} body=${request.body === null ? "<null>" : JSON.stringify(await request.text())} cl=${request.headers.get("content-length")}`);
    }
    return new Response("?", { status: 404 });
  },
};
