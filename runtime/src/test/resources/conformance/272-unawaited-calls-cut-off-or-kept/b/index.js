import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
export let log = [];
export default class extends WorkerEntrypoint {
  reset() { log = []; return this.env.C.reset(); }
  async steps(tag, delays) { let t = 0; for (const d of delays) { await pause(d - t); t = d; log.push(`${tag}@${d}`); } return "done"; }
  async callThird(tag, delays) { log.push(`${tag}:b-start`); const r = await this.env.C.steps(tag, delays); log.push(`${tag}:b-end`); return r; }
  fireThird(tag, delays) { this.env.C.steps(tag, delays); return "fired"; }
  async read() { return [...log, ...(await this.env.C.read())].sort(); }
}
