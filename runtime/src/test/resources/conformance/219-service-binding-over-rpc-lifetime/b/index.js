import { WorkerEntrypoint } from "cloudflare:workers";
let stored = null;
export default class extends WorkerEntrypoint {
  async store(s) { stored = s; return await s.who(); }
  async useStored() { return await stored.who(); }
  giveC() { return this.env.C; }
}
