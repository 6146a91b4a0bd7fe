import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class T extends RpcTarget {
  constructor(name) { super(); this._name = name; }
  name() { return this._name; }
  [Symbol.dispose]() { log.push(`dispose ${this._name}`); }
}
export default class extends WorkerEntrypoint {
  make(n) { return new T(n); }
  obj2() { return { x: new T("X"), y: new T("Y") }; }
  triple() { return [new T("T0"), new T("T1"), new T("T2")]; }
  pair() { return [new T("P0"), new T("P1")]; }
  fn() { return () => 1; }
  reset() { log = []; }
  log() { return log; }
}
