import { WorkerEntrypoint } from "cloudflare:workers";
let kept = null;
let report = "none";
export default class extends WorkerEntrypoint {
  ignore(stream) { return "ignored"; }
  readLater(stream) { this.ctx.waitUntil((async () => { await new Promise((r) => setTimeout(r, 20)); report = await new Response(stream).text(); })()); return "scheduled"; }
  keep(stream) { kept = stream; return "kept"; }
  async readKept() { try { return await new Response(kept).text(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
  report() { return report; }
}
