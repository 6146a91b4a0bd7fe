import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Leaf extends RpcTarget {
  constructor(n) { super(); this._n = n; this._c = 0; }
  name() { return `leaf ${this._n}`; }
  bump() { return ++this._c; }
  get child() { return new Leaf(`${this._n}.child`); }
}
export default class extends WorkerEntrypoint {
  async callIt(cb, x) { return `c: ${await cb(x)}`; }
  async hitTarget(t) { const a = await t.hit("c"); const b = await t.hit("c"); return [a, b, await t.count]; }
  make(n) { return new Leaf(n); }
  echo(t) { return t; }
  fail(kind) {
    if (kind === "range") throw new RangeError("c range");
    const e = new Error("c custom"); e.name = "CustomName"; throw e;
  }
  double(n) { return n * 2; }
  obj() { return { list: [1, 2], when: new Date(0), fn: () => 1 }; }
  async readProps(f) { return [await f.meta.tag, await f("c")]; }
  twice(a, o) { return [a === o.again, typeof a]; }
}
