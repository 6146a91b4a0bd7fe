import { WorkerEntrypoint, RpcTarget, RpcStub } from "cloudflare:workers";

const after = async (f) => {
  try { return `usable: ${await f()}`; } catch (e) { return `${e.constructor.name}: ${e.message}`; }
};
class Local extends RpcTarget {
  constructor(log) { super(); this.log = log; }
  hello() { return "hello from local"; }
  [Symbol.dispose]() { this.log.push("local disposed"); }
}

// Runs the same passing scenarios under this worker's own compatibility date and flags.
export default class extends WorkerEntrypoint {
  async counterBack() {
    const c = await this.env.B.makeCounter(1);
    const r = await this.env.B.useCounter(c);
    return [r, await after(() => c.increment(1))];
  }
  async adderBack() {
    const f = await this.env.B.makeAdder(40);
    const r = await this.env.B.useAdder(f);
    return [r, await after(() => f(2))];
  }
  async inObject() {
    const c = await this.env.B.makeCounter(0);
    const r = await this.env.B.useInObject({ c });
    return [r, await after(() => c.increment(1))];
  }
  async sameTwice() {
    const c = await this.env.B.makeCounter(0);
    const r = await this.env.B.useTwo(c, c);
    return [r, await after(() => c.increment(1))];
  }
  async passDup() {
    const c = await this.env.B.makeCounter(5);
    const r = await this.env.B.useCounter(c.dup());
    return [r, await after(() => c.increment(1))];
  }
  async localStub() {
    const log = [];
    const s = new RpcStub(new Local(log));
    const r = await this.env.B.callTarget(s);
    return [r, await after(() => s.hello())];
  }
  async localTarget() {
    const log = [];
    const r = await this.env.B.callTarget(new Local(log));
    await new Promise((res) => setTimeout(res, 20));
    return [r, log];
  }
}
