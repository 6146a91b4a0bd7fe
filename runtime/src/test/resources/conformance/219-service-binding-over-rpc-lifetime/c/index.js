import { WorkerEntrypoint } from "cloudflare:workers";
export class Admin extends WorkerEntrypoint {
  who() { return `Admin props=${JSON.stringify(this.ctx.props)}`; }
  fetch(req) { return new Response(`Admin fetch ${new URL(req.url).pathname} props=${JSON.stringify(this.ctx.props)}`); }
}
export default class extends WorkerEntrypoint {
  who() { return `C default props=${JSON.stringify(this.ctx.props)}`; }
  fetch(req) { return new Response(`C fetch ${new URL(req.url).pathname}`); }
  async relay(s) { try { return await s.who(); } catch (e) { return `relay failed: ${e.name}: ${e.message}`; } }
}
