import { WorkerEntrypoint, RpcTarget, RpcStub } from "cloudflare:workers";

// An array whose prototype inherits from Array.prototype: the walk takes it as plain (by its constructor)
// and, confirming it at the end of the message, gives up; core.js then serializes the whole message again.
const posingArray = () => Object.setPrototypeOf([1, 2], Object.create(Array.prototype));
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

// Messages that mix plain data (read by Java's walker) with values core.js writes.
export default class WalkCaller extends WorkerEntrypoint {
  async sharedAcrossKinds() {
    const p = { x: 1 };
    return this.env.B.sharedAcrossKinds([p, new Map([[1, p]]), { again: p }]);
  }
  async mapFirst() {
    const p = { y: 2 };
    return this.env.B.mapFirst([new Map([["k", p]]), p]);
  }
  async sameWrapper() {
    const w = Object(NaN);
    return this.env.B.sameWrapper({ a: w, b: w });
  }
  async types() {
    const b = [2n ** 70n, -0, NaN, undefined];
    b[5] = "after a hole";
    b.named = "extra";
    return this.env.B.types({ a: 1n, b, s: Object("boxed") });
  }
  async gettersRunOnce() {
    let reads = 0;
    const value = { get g() { reads++; return { nested: true }; }, list: [{ get h() { reads++; return 1; } }] };
    const back = await this.env.B.echo(value);
    return [reads, JSON.stringify(back)];
  }
  async inheritedPrototype() {
    const o = Object.create({ inherited: 1 });
    o.own = 1;
    try {
      await this.env.B.echo({ first: { plain: true }, o });
      return "accepted";
    } catch (e) {
      return `${e.name}: ${e.message}`;
    }
  }
  async throwingGetters() {
    const seen = [];
    for (const thrown of [new TypeError("boom"), 42]) {
      try {
        await this.env.B.echo({ ok: 1, list: [{ get bad() { throw thrown; } }] });
        seen.push("accepted");
      } catch (e) {
        seen.push(e === thrown ? "the getter's own value" : String(e));
      }
    }
    return seen;
  }
  async resultWalked() {
    const r = await this.env.B.echo({ list: [1, "two", null, true, { deep: [[]] }], n: -0 });
    return [JSON.stringify(r), Object.is(r.n, -0)];
  }
  async disposerAfterGiveUp() {
    let disposed = 0;
    class Counted extends RpcTarget { [Symbol.dispose]() { disposed++; } }
    const stub = new RpcStub(new Counted());
    // The walk takes the array as plain, then forwards the stub (one more handle on it), then gives up.
    const answer = await this.env.B.second([posingArray(), stub]);
    stub[Symbol.dispose]();
    await pause(50);
    return [answer, disposed];
  }
  async exportsAfterGiveUp() {
    // A function and an RpcTarget the walk exports before it gives up: the callee that returned
    // them lives only while their stubs are held, so its work left behind is cut off once they are gone.
    const result = await this.env.B.leaveBehind();
    result[Symbol.dispose]();
    await pause(600);
    return this.env.B.log();
  }
}
