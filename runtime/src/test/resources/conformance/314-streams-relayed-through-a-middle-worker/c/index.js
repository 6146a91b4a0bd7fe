const enc = new TextEncoder();
export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/endless") { let i = 0; return new Response(new ReadableStream({ pull(c) { c.enqueue(enc.encode(`e${i++}`)); } })); }
    if (p === "/slow") { let i = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(10); if (i === 4) c.close(); else c.enqueue(enc.encode(`w${i++};`)); } }), { headers: { "x-from": "last" } }); }
    if (p === "/count") { let n = 0; const r = req.body.getReader(); for (;;) { const { done, value } = await r.read(); if (done) break; n += value.length; } return new Response(`counted ${n}`); }
    return new Response("last");
  },
};
