export default {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    const dec = new TextDecoder();
    if (p === "/first-chunk") { const r = req.body.getReader(); const { value } = await r.read(); return new Response(`first=${dec.decode(value)}`); }
    if (p === "/ignore") return new Response(`ignored, te=${req.headers.get("transfer-encoding")} cl=${req.headers.get("content-length")}`);
    if (p === "/three") { const r = req.body.getReader(); const got = []; for (let i = 0; i < 3; i++) { const { value } = await r.read(); got.push(dec.decode(value)); } await r.cancel(); return new Response(got.join("|")); }
    if (p === "/all") { const t = await req.text(); return new Response(`all=${t.length} ${JSON.stringify(t.slice(0, 12))}`); }
    if (p === "/echo") return new Response(req.body, { headers: { "x-echo": "1" } });
    return new Response("?");
  },
};
