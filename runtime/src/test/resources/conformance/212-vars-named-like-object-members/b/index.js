import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  echo(x) { return x; }
  props() { const p = this.ctx.props; return [Object.keys(p), p.inherited, Object.keys(p.ok), p.ok.x, Object.getPrototypeOf(p.ok) === Object.prototype]; }
}
