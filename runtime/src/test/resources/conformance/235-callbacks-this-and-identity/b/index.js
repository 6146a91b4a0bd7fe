import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let kept = null;
let last = "none";
let firstFn = null;
const theShared = () => "shared";
export default class extends WorkerEntrypoint {
  sameness(a, b, o) {
    return [typeof a, a === b, a === o.x, a === o.list[0], a === o.m.get("k")];
  }
  async twoMessages(f, cb) {
    let seen;
    await cb((g) => { seen = g; return g(); });
    return [f === seen, typeof seen];
  }
  sharedFn() { return theShared; }
  sharedFnPair() { return [theShared, theShared]; }
  async callWith(cb, x) {
    const p = cb(x);
    const r = await p;
    return [typeof p, r];
  }
  async callMethod(o) {
    try { return await o.who(); } catch (e) { return `threw ${e.constructor.name} ${e.message} remote=${e.remote}`; }
  }
  async pingPong(n, theirs) {
    const mine = async (k, back) => {
      if (k <= 0) return "bottom";
      return `e${k}(` + (await back(k - 1, mine)) + ")";
    };
    return await theirs(n, mine);
  }
  async callWithShapes(cb) {
    return [await cb(), await cb(undefined), await cb(1, undefined, null), await cb(new Map([[1, 2]]), [1, , 3])];
  }
  async giveFnToCb(cb) {
    let calls = 0;
    const r = await cb((x) => { calls++; return x * 10; });
    return [r, calls];
  }
  async deepCb(arg) {
    const fn = arg.get("list")[0].deep.fn;
    return [typeof fn, await fn("x")];
  }
  keepAndCallLater(cb) {
    kept = cb;
    this.ctx.waitUntil((async () => {
      await new Promise((r) => setTimeout(r, 20));
      try { last = await kept("x"); } catch (e) { last = `threw ${e.constructor.name} ${e.message} remote=${e.remote}`; }
    })());
    return "kept";
  }
  lastResult() { return last; }
  fnWithThisProbe() {
    const f = function () { return this === f ? "self" : this === undefined ? "undefined" : typeof this; };
    f.helper = function () { return this === f ? "holder" : this === f.helper ? "self" : this === undefined ? "undefined" : typeof this; };
    return f;
  }
  async callProbe(g) { return [await g(), await g.helper()]; }
  async readFnProps(f) {
    return [await f.tag, await f.inner.n, await f.inner.g(), await f("y"), typeof f.tag];
  }
}
