import { WorkerEntrypoint } from "cloudflare:workers";

let kept = null;
const safe = async (f) => { try { return await f(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } };

export default class extends WorkerEntrypoint {
  async keepFromC() { kept = await this.env.C.makeTarget(); return kept.hi(); }
  async useKept() { return safe(() => kept.hi()); }
  keepParam(t) { kept = t; return "kept param"; }
}
