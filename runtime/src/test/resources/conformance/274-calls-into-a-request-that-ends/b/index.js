import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const race = (p, ms) => Promise.race([p, pause(ms).then(() => `pending after ${ms} ms`)]);
const outcome = async (f) => { try { return `ok ${await f()}`; } catch (e) { return `threw ${e.constructor.name}: ${e.message} remote=${e.remote}`; } };
let log = [];
let stored = null;
class Target extends RpcTarget {
  rec(tag) { log.push(tag); return tag; }
  async recAfterTimer(tag) { await pause(0); log.push(tag); }
}
export default class extends WorkerEntrypoint {
  reset() { log = []; return this.env.C.reset(); }
  async callBack(cb) { this.ctx.waitUntil(pause(500)); await pause(10); log.push(`callback: ${await outcome(() => race(cb(), 250))}`); }
  async callTargetSlow(t) { this.ctx.waitUntil(pause(500)); await pause(10); log.push(`target.slow(): ${await outcome(() => race(t.slow(), 250))}`); }
  async useTargetLater(t) {
    this.ctx.waitUntil(pause(500));
    const d = t.dup();
    await pause(50);
    log.push(`await target.prop: ${await outcome(() => t.prop)}`);
    log.push(`dup taken earlier: ${await outcome(() => d.hi())}`);
    log.push(`dup taken now: ${await outcome(() => t.dup().hi())}`);
  }
  storeCallback(cb) { stored = cb.dup(); return "stored"; }
  useStored() { return outcome(() => stored("later")); }
  target() { return new Target(); }
  waitUntilThird(tag) { this.ctx.waitUntil((async () => { await pause(50); await this.env.C.steps(tag, [0, 30]); log.push(`${tag}: third done`); })()); return "ok"; }
  async read() { return [...log, ...(await this.env.C.read())].sort(); }
}
