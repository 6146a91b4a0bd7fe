import { WorkerEntrypoint } from "cloudflare:workers";

let kept = null;

export default class extends WorkerEntrypoint {
  use(s) { return s.hi(); }
  useFn(f, x) { return f(x); }
  readGetter(s) { return s.g; }
  keep(s) { kept = s; return "kept"; }
  async callKept() { try { return await kept.hi(); } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
  isSame(a, b) { return a === b; }
}
