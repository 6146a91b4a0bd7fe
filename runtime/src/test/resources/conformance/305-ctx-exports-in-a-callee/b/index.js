import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let calls = 0;
class T extends RpcTarget { constructor(ex) { super(); this.ex = ex; } async viaExports() { return this.ex.Helper.echo("from target"); } }
export class Helper extends WorkerEntrypoint {
  echo(x) { calls++; return `Helper echo ${x} props=${JSON.stringify(this.ctx.props)}`; }
  async depth(n) { return n <= 0 ? "bottom" : `${n}>` + await this.ctx.exports.Helper.depth(n - 1); }
  fetch(req) { return new Response(`Helper fetch ${req.method} ${req.url} props=${JSON.stringify(this.ctx.props)}`); }
}
export default class Main extends WorkerEntrypoint {
  async recurse() { return this.ctx.exports.Helper.depth(5); }
  target() { return new T(this.ctx.exports); }
  async selfDefault() { return this.ctx.exports.default({ props: { forwarded: this.ctx.props } }).whoProps(); }
  whoProps() { return this.ctx.props; }
  async shape() {
    const ex = this.ctx.exports;
    const d = Object.getOwnPropertyDescriptor(ex, "Helper");
    let assign; try { ex.Extra = 1; assign = typeof ex.Extra; delete ex.Extra; } catch (e) { assign = e.constructor.name + " " + e.message; }
    return [Object.keys(ex), typeof ex.Helper, d && [d.writable, d.enumerable, d.configurable, typeof d.value], Object.isFrozen(ex), assign, JSON.stringify(ex), Object.prototype.toString.call(ex), Object.getPrototypeOf(ex) === Object.prototype, "then" in ex.Helper, typeof ex.Helper.then];
  }
  async fetchWithRequest() { const r = await this.ctx.exports.Helper.fetch(new Request("http://inner/x?q=1", { method: "PUT", body: "b" })); return r.text(); }
  async withPropsFetch() { const s = this.ctx.exports.Helper({ props: { a: [1, { b: 2 }] } }); return [await (await s.fetch("http://q/")).text(), await s.echo("e"), String(s), typeof s]; }
  async loopbackReturned() { return this.ctx.exports.Helper; }
  async loopbackArg() { return env2(this.ctx.exports.Helper); }
  thisErrors() { const r = []; for (const f of [() => this.nope(), () => this.ctx.nope(), () => new this.ctx.Nope(), () => this.env["a-b"](), () => this.ctx.exports.Helper.nope.deeper()]) { try { f(); } catch (e) { r.push(e.message); } } return r; }
  thisThrows() { return this.ctx.missing(); }
  counts() { return calls; }
  async disposeLoopback() { const s = this.ctx.exports.Helper; return [typeof s[Symbol.dispose], typeof s.dup, await s.echo("after")]; }
  async awaitLoopback() { const v = await this.ctx.exports.Helper; return [typeof v, String(v)]; }
}
function env2(x) { return typeof x; }
