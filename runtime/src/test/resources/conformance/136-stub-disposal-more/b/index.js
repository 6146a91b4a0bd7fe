import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const disposed = [];
class Res extends RpcTarget {
  #l; constructor(l) { super(); this.#l = l; }
  ping() { return `pong ${this.#l}`; }
  child() { return new Res(`${this.#l}.child`); }
  [Symbol.dispose]() { disposed.push(this.#l); }
}
export default class extends WorkerEntrypoint {
  res(l) { return new Res(l); }
  bundle() { return { a: new Res("a"), fn: () => "fn ran", list: [new Res("l0")], deep: { f: () => "deep fn" } }; }
  fn() { const f = () => "fn result"; return f; }
  useStub(s) { return s.ping(); }
  callFn(f) { return f(); }
  disposedList() { return [...disposed]; }
}
