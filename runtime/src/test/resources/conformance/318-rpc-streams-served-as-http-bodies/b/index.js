import { WorkerEntrypoint } from "cloudflare:workers";
export default class Mid extends WorkerEntrypoint {
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/endless") return new Response(await this.env.LAST.endless());
    if (p === "/slow") return new Response(await this.env.LAST.slow(), { headers: { "x-via": "mid" } });
    if (p === "/error-later") return new Response(await this.env.LAST.errorLater());
    if (p === "/string-later") return new Response(await this.env.LAST.stringLater());
    if (p === "/stall-read-by-mid") { const s = await this.env.LAST.stall(); const r = s.getReader(); await r.read(); try { await r.read(); return new Response("mid read done"); } catch (e) { return new Response(`mid caught ${e.message}`); } }
    if (p === "/stall") return new Response(await this.env.LAST.stall());
    return new Response("mid");
  }
}
