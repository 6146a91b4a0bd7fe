import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Counter extends RpcTarget {
  #n;
  constructor(n) { super(); this.#n = n; }
  increment(by) { this.#n += by; return this.#n; }
  get value() { return this.#n; }
}

export default class extends WorkerEntrypoint {
  makeCounter(n) { return new Counter(n); }
  makeAdder(base) { return (x) => base + x; }
}
