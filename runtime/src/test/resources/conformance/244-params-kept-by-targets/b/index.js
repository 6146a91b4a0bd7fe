import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let keptTop = null;
class T extends RpcTarget {
  keep(cb) { this.cb = cb; return "kept"; }
  keepDup(cb) { this.cb = cb.dup(); return "kept dup"; }
  async callKept() { try { return await this.cb("later"); } catch (e) { return `threw ${e.constructor.name} ${e.message}`; } }
  async use(t) { return await t.hi(); }
}
export default class extends WorkerEntrypoint {
  target() { return new T(); }
  keepDupTop(cb) { keptTop = cb.dup(); return "kept"; }
  async callKeptTop() { try { return await keptTop("later"); } catch (e) { return `threw ${e.constructor.name} ${e.message}`; } }
  fireAndReturn(cb) {
    const p = cb("x");
    return p.then((v) => `resolved ${v}`, (e) => `rejected ${e.message}`);
  }
  async useReturned(cb) { const t = await cb(); return await t.hi(); }
  async useReturnedPair(cb) { const [a, b] = await cb(); const r = [await a.hi(), await b.hi()]; a[Symbol.dispose](); await new Promise((r) => setTimeout(r, 10)); return r; }
  async useAndDispose(cb) { const t = await cb(); const r = await t.hi(); t[Symbol.dispose](); await new Promise((r) => setTimeout(r, 10)); return r; }
  async callTwice(f) { return [await f(1), await f(2)]; }
}
