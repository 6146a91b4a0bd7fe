import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Counter extends RpcTarget {
  #n;
  constructor(n) { super(); this.#n = n; }
  increment(by) { this.#n += by; return this.#n; }
}

export default class extends WorkerEntrypoint {
  makeCounter(n) { return new Counter(n); }
  makeAdder(base) { return (x) => base + x; }
  async useCounter(c) { return c.increment(10); }
  async useAdder(f) { return f(1); }
  async useInObject(o) { return o.c.increment(100); }
  async useTwo(a, b) { return [await a.increment(1), await b.increment(1)]; }
  async callTarget(t) { return t.hello(); }
}
