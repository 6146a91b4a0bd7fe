import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let n = 0;
class T extends RpcTarget { hi() { return "hi from target"; } }
export default class extends WorkerEntrypoint {
  count() { return ++n; }
  echo(x) { return x; }
  get label() { return "label"; }
  async slow(ms, v) { await new Promise((r) => setTimeout(r, ms)); return v; }
  async makeTarget() { await null; return new T(); }
}
