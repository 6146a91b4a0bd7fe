import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let calls = 0;
class T extends RpcTarget {
  constructor(name) { super(); this._name = name; this._n = 0; }
  name() { calls++; return this._name; }
  get child() { return new T(`${this._name}.child`); }
  spawn(n) { return new T(`${this._name}>${n}`); }
  fails() { throw new RangeError(`fails in ${this._name}`); }
  makeObj() { return { inner: { fn: (x) => x * 3, val: "v" } }; }
  bump() { return ++this._n; }
  apply(cb) { return cb(this._name); }
}
class C extends RpcTarget { d() { return "d!"; } get e() { return "e"; } }
class Bb extends RpcTarget { get c() { return new C(); } name() { return "bb"; } }
class A extends RpcTarget { b() { return new Bb(); } }
export default class extends WorkerEntrypoint {
  a() { return new A(); }
  get root() { return { target: new T("root") }; }
  make(n) { return new T(n); }
  fails() { throw new TypeError("top fails"); }
  calls() { return calls; }
  async slowMake(n, ms) { await new Promise((r) => setTimeout(r, ms)); return new T(n); }
  async asyncMake(n) { return new T(n); }
  async nameOf(t) { return await t.name(); }
  fnFactory() { const f = (s) => ({ label: `label ${s}`, run: () => `run ${s}` }); f.tag = "factory"; return f; }
}
