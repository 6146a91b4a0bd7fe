import { WorkerEntrypoint } from "cloudflare:workers";
let kept = null;
export default class extends WorkerEntrypoint {
  async use(t) { return t.hello(); }
  async useObj(o) { return o.t.hello(); }
  async useTwo(a, b) { return [await a.hello(), await b.hello(), a === b]; }
  async noUse(t) { return "not used"; }
  echo(t) { return t; }
  keep(t) { kept = t; return "kept"; }
  async callKept() { try { return await kept.hello(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
  async slowUse(t) { await new Promise((r) => setTimeout(r, 30)); return t.hello(); }
}
