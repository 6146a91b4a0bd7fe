import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

const log = [];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

class Slow extends RpcTarget {
  hang() { return new Promise(() => {}); }
  async after(ms) { await pause(ms); return `after ${ms} ms`; }
}

export default class extends WorkerEntrypoint {
  hangs() { log.push("hangs called"); return new Promise(() => {}); }
  async hangsAfterTimer() { await pause(50); log.push("timer done"); return new Promise(() => {}); }
  async callsBack(cb) { return cb(); }
  slowTarget() { return new Slow(); }
  read() { return [...log]; }
}
