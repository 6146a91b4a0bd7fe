import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
export default class extends WorkerEntrypoint {
  hang() { return new Promise(() => {}); }
  async slow(ms) { await pause(ms); return "slow done"; }
}
