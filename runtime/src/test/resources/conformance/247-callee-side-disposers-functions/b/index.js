import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class T extends RpcTarget {
  constructor(name) { super(); this._name = name; }
  [Symbol.dispose]() { log.push(`dispose ${this._name}`); }
}
class P extends RpcTarget { x() { return 1; } }
const mkFn = (n) => { const f = () => n; f[Symbol.dispose] = () => log.push(`dispose fn ${n}`); return f; };
export default class extends WorkerEntrypoint {
  make(n) { return new T(n); }
  plainTarget() { return new P(); }
  fn(n) { return mkFn(n); }
  fnPair() { return [mkFn("F0"), mkFn("F1")]; }
  reset() { log = []; }
  log() { return log; }
}
