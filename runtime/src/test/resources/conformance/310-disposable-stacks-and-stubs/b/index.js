import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const log = [];
class Res extends RpcTarget { constructor(n) { super(); this.n = n; } get name() { return this.n; } ping() { return `ping ${this.n}`; } [Symbol.dispose]() { log.push(`disposed ${this.n}`); } }
export default class Api extends WorkerEntrypoint {
  make(n) { return new Res(n); }
  makeFn() { return () => "fn"; }
  log() { return log.splice(0); }
}
