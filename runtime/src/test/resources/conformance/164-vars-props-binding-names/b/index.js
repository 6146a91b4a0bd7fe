import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  propsShape() { const p = this.ctx.props; return [Array.isArray(p), Object.prototype.toString.call(p), Object.isFrozen(p), JSON.stringify(p)]; }
  hi() { return "hi"; }
  async fetch(req) { return new Response(JSON.stringify(this.ctx.props)); }
}
