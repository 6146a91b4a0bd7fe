import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
let log = [];
export default class extends WorkerEntrypoint {
  reset() { log = []; return this.env.C.reset(); }
  rec(tag) { log.push(tag); return tag; }
  get recGetter() { log.push("getter read"); return 1; }
  async recAfterMicrotasks(tag, n) { for (let i = 0; i < n; i++) await null; log.push(tag); }
  async recAfterTimer(tag, ms) { await pause(ms); log.push(tag); }
  async recAfterThird(tag) { await this.env.C.steps(tag, [0]); log.push(tag); }
  async failAfter(tag, ms) { log.push(tag); await null; throw new Error("nobody listens"); }
  fetch(req) { log.push(new URL(req.url).searchParams.get("tag")); return new Response("ok"); }
  async read() { return [...log, ...(await this.env.C.read())]; }
}
