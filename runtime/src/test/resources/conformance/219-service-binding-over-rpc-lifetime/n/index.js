import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async use(s) { return [String(s), await s.who()]; }
  giveC() { return this.env.C; }
}
