import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class T extends RpcTarget { boom() { throw new URIError("target boom"); } }
export default class extends WorkerEntrypoint {
  async pingPong(n, theirs) {
    const mine = async (k, back) => {
      if (k <= 0) throw new RangeError("callee bottom");
      return `e${k}(` + (await back(k - 1, mine)) + ")";
    };
    return await theirs(n, mine);
  }
  async callWith(cb, x) { return await cb(x); }
  plain(x) { return `plain ${x}`; }
  async catchCb(cb) {
    try { await cb(); return "no throw"; } catch (e) { return [e.constructor.name, e.message, e.remote, e instanceof SyntaxError]; }
  }
  target() { return new T(); }
}
