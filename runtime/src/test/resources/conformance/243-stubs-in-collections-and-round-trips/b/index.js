import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget {
  constructor() { super(); this.n = 0; }
  bump() { return ++this.n; }
  get count() { return this.n; }
  async applyTo(cb) { return await cb(this.n + 1); }
}
const sharedCounter = new Counter();
export default class extends WorkerEntrypoint {
  async mapKeys(m) {
    const [[k1, v1], [k2, v2]] = [...m];
    return [typeof k1, v1, k2, typeof v2, k1 === v2, await k1(), await v2()];
  }
  async setMembers(s) {
    const items = [...s];
    return [s.size, items.map((x) => typeof x), await items[0](), await items[1].hello()];
  }
  echo(x) { return x; }
  shared() { return sharedCounter; }
  sharedTwice() { const c = new Counter(); return [c, c, { x: c }]; }
  async giveBack(f, cb) { return await cb(f); }
  async drill(cb) {
    const o = await cb();
    const inner = await o.a[0]();
    return [typeof o.a[0], inner.b instanceof Map, await inner.b.get("c")()];
  }
}
