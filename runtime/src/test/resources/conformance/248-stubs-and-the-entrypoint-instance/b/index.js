import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let constructed = 0;
let log = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class Holder extends RpcTarget {
  constructor(ep) { super(); this.ep = ep; }
  viaEntrypoint() { return `hits ${++this.ep.hits}`; }
  propsSeen() { return [typeof this.ep.ctx, typeof this.ep.env]; }
  async slowRecord(x, ms) { await sleep(ms); log.push(x); return x; }
  waitUntilInside(x, ms) { this.ep.ctx.waitUntil(sleep(ms).then(() => log.push(x))); return "started"; }
}
export default class extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); constructed++; this.hits = 0; }
  instanceCounter() { let own = 0; return () => `${++this.hits}/${++own}`; }
  constructed() { return constructed; }
  holder() { return new Holder(this); }
  reset() { log = []; return "reset"; }
  read() { return [...log].sort(); }
  slowFn() { return async (x, ms) => { await sleep(ms); log.push(x); }; }
}
