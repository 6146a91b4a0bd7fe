import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
let log = [];
export default class extends WorkerEntrypoint {
  reset() { log = []; return "reset"; }
  async steps(tag, delays) { let t = 0; for (const d of delays) { await pause(d - t); t = d; log.push(`c:${tag}@${d}`); } return "done"; }
  read() { return log; }
}
