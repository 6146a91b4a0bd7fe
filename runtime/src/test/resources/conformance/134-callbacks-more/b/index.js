import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let kept = null;
let counter = 0;
class Helper extends RpcTarget { twice(x) { return x * 2; } }
export default class extends WorkerEntrypoint {
  async outer(cb) { counter = 0; const r = await cb("outer"); return `outer got [${r}] counter=${counter}`; }
  inner(x) { counter++; return `inner(${x})`; }
  async report(cb) {
    try { const v = await cb(); return `returned ${typeof v}`; } catch (e) {
      return `${e.constructor.name}|${e.name}|${e.message}|remote=${e.remote}`;
    }
  }
  async rethrow(cb) { await cb(); return "no throw"; }
  async useReturned(cb) {
    const r = await cb();
    return [typeof r.fn, await r.fn(3), r.data];
  }
  async useTarget(cb) { const t = await cb(); return [typeof t, await t.hi("callee")]; }
  async giveBack(cb) { const mine = (x) => `callee fn ${x}`; const back = await cb(mine); return [typeof back, back === mine, await back(1)]; }
  async giveHelper(cb) { return cb(new Helper()); }
  async concurrent(cb) { return Promise.all([1, 2, 3, 4, 5].map((i) => cb(i))); }
  async awaitProp(cb) { return [await cb.label, await cb.nested.v, await cb()]; }
  keepIt(cb) { kept = cb; return "kept"; }
  async callKeptLater() { try { return await kept("later"); } catch (e) { return `${e.constructor.name}: ${e.message} remote=${e.remote}`; } }
  async keepAndCallWithWaitUntil(cb) {
    this.ctx.waitUntil((async () => { await new Promise((r) => setTimeout(r, 10)); try { await cb(); kept = "called ok"; } catch (e) { kept = `waitUntil call failed: ${e.message}`; } })());
    return "scheduled";
  }
  readKept() { return kept; }
  async callDuring(cb) { const p = cb(); return `returned before cb settled`; }
}
