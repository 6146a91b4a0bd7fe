import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
export default class extends WorkerEntrypoint {
  async lateCallback(cb) {
    this.ctx.waitUntil(pause(1000));
    await pause(100);
    try { log.push(`cb returned ${await cb("late")}`); } catch (e) { log.push(`cb failed: ${e.constructor.name}: ${e.message} remote=${e.remote} keys=${Object.keys(e)}`); }
    return "done";
  }
  async lateTargetCall(t) {
    this.ctx.waitUntil(pause(1000));
    await pause(100);
    try { log.push(`target returned ${await t.hi()}`); } catch (e) { log.push(`target failed: ${e.constructor.name}: ${e.message} remote=${e.remote}`); }
    return "done";
  }
  read() { return [...log]; }
  makeFn() { return (x) => `callee fn ${x}`; }
  makeTarget() { return new (class extends RpcTarget { hi() { return "callee target hi"; } })(); }
}
