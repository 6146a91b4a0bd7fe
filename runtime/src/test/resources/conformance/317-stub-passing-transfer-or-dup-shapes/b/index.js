import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Counter extends RpcTarget {
  constructor(n) { super(); this.n = n; }
  increment(by = 1) { this.n += by; return this.n; }
  async takeOther(other) { return ["took", await other.increment(100)]; }
  get holder() { return new Holder(this); }
}
class Holder extends RpcTarget { constructor(c) { super(); this.c = c; } async use(x) { return x.increment(7); } }
export default class B extends WorkerEntrypoint {
  makeCounter(n) { return new Counter(n); }
  async useCounter(c) { return c.increment(1); }
  async useMap(m) { return m.get("c").increment(2); }
  async useArray(a) { return a[0].increment(3); }
  echo(c) { return c; }
  echoInObject(c) { return { c }; }
  makeFn() { let k = 0; return () => ++k; }
  async callFn(f) { return f(); }
}
