import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

let constructed = 0;

class Item extends RpcTarget {
  constructor(n) { super(); this.n = n; }
  get value() { return this.n; }
  bump() { return ++this.n; }
}

export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); constructed++; this.id = constructed; }
  count() { return constructed; }
  get info() { return { id: this.id }; }
  whoAmI() { return this.id; }
  make(n) { return new Item(n); }
  fn() { const id = this.id; return () => id; }
}
