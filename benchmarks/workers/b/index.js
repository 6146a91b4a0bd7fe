import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Counter extends RpcTarget {
  constructor(start) { super(); this.value = start; }
  next() { return ++this.value; }
}

export default class BenchB extends WorkerEntrypoint {
  async fetch() { return new Response("ok"); }
  add(a, b) { return a + b; }
  size(obj) { return Object.keys(obj).length; }
  async callBack(fn) { return await fn(1); }
  counter(start) { return new Counter(start); }
}
