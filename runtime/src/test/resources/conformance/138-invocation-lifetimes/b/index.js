import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

const log = [];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

class T extends RpcTarget {
  later(ms, tag) { pause(ms).then(() => log.push(`${tag}:target-later`)); return "t"; }
}

export default class extends WorkerEntrypoint {
  async slowRecord(tag, ms) { log.push(`${tag}:started`); await pause(ms); log.push(`${tag}:finished`); return tag; }
  selfWaitUntil(tag) {
    this.ctx.waitUntil((async () => { await pause(80); log.push(`${tag}:callee-waitUntil-done`); })());
    return "callee returned";
  }
  async selfWaitUntilThenSlow(tag) {
    this.ctx.waitUntil(pause(250));
    await pause(80);
    log.push(`${tag}:method-after-80`);
    return "late";
  }
  async failSlow(tag) { await pause(30); log.push(`${tag}:about-to-throw`); throw new Error("late failure"); }
  leaveBehind(tag, ms) { pause(ms).then(() => log.push(`${tag}:left-behind-done`)); return "returned"; }
  leaveBehindWithTarget(tag, ms) { pause(ms).then(() => log.push(`${tag}:left-behind-done`)); return new T(); }
  read() { return [...log].sort(); }
  reset() { log.length = 0; return "reset"; }
}
