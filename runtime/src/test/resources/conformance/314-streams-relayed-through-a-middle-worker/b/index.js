import { WorkerEntrypoint } from "cloudflare:workers";
export default class Mid extends WorkerEntrypoint {
  async relayResponse(path) { return this.env.LAST.fetch(`http://last${path}`); }
  async relayBody(path) { return (await this.env.LAST.fetch(`http://last${path}`)).body; }
  async fetch(req) { const u = new URL(req.url); if (u.pathname === "/pipe") return this.env.LAST.fetch("http://last/count", { method: "POST", body: req.body }); return this.env.LAST.fetch(`http://last${u.pathname}`); }
}
