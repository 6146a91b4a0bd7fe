import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class T extends RpcTarget {
  constructor(name) { super(); this._name = name; this._n = 0; }
  name() { return this._name; }
  bump() { return ++this._n; }
  get child() { return new T(`${this._name}.child`); }
  async slow(ms) { await new Promise((r) => setTimeout(r, ms)); return `slow ${this._name} done`; }
  [Symbol.dispose]() { log.push(`dispose ${this._name}`); }
}
class WithDup extends T {
  dup() { return "own dup"; }
}
export default class extends WorkerEntrypoint {
  make(n) { return new T(n); }
  makeWithDup(n) { return new WithDup(n); }
  fnWithDup() { const f = () => 1; f.dup = () => "fn dup"; return f; }
  objWithDup() { return { dup: () => "obj dup" }; }
  reset() { log = []; }
  log() { return log; }
  slowFn() { return async (ms) => { await new Promise((r) => setTimeout(r, ms)); return `fn done ${ms}`; }; }
  bundle() { return { t: new T("bundled"), f: () => "bundled fn" }; }
  arrayOfTargets() { return [new T("arr0"), new T("arr1")]; }
  async disposeParam(t) {
    const d = t.dup();
    t[Symbol.dispose]();
    let r;
    try { r = await t.name(); } catch (e) { r = e.message; }
    return [r, await d.name()];
  }
}
