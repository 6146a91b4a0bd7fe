import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let kept;
class Mine extends RpcTarget { hello(n) { return `mine ${n}`; } }
export default class Api extends WorkerEntrypoint {
  async useIt(t) { return [await t.inc(), await t.inc(5), await t.total, typeof t, t instanceof RpcTarget, Object.prototype.toString.call(t)]; }
  async hidden(t) { const r = []; for (const n of ["field", "arrow", "priv", "staticOne", "constructor", "toString", "missing"]) { try { r.push(`${n}: ${show(await t[n]())}`); } catch (e) { r.push(`${n}: ${e.constructor.name} ${e.message} remote=${e.remote}`); } } return r; }
  async readField(t) { try { return await t.field; } catch (e) { return `${e.constructor.name} ${e.message} remote=${e.remote}`; } }
  async throwsIn(t) { try { await t.boom(); return "no"; } catch (e) { return `${e.constructor.name} ${e.message} remote=${e.remote}`; } }
  async rethrows(t) { return await t.boom(); }
  async pipelined(t) { return await t.child("c").label(); }
  async childTarget(t) { const c = await t.child("kid"); return [await c.label(), await c.name]; }
  echoBack(t) { return t; }
  inObject(o) { return Promise.all([o.t.inc(), o.list[0].inc(), o.map.get("k").inc()]); }
  async callOwnTargetWithIt(t) { const m = new Mine(); return t.callWith(m); }
  async unawaited(t) { t.inc(100); t.inc(1000); return t.total; }
  async fetchMethod(t) { return [await t.fetch("x"), await t.connect(), await t.alarm()]; }
  keep(t) { kept = t; return "kept"; }
  async useKept() { try { return await kept.inc(); } catch (e) { return `${e.constructor.name} ${e.message} remote=${e.remote}`; } }
  async keepDup(t) { kept = t.dup(); return "dup kept"; }
  async twoArgs(a, b) { return [a === b, await a.inc(), await b.inc()]; }
  async getterFn(t) { return await t.adder(2, 3); }
  async disposeIt(t) { t[Symbol.dispose](); try { await t.inc(); } catch (e) { return `${e.constructor.name} ${e.message} remote=${e.remote}`; } }
}
function show(v) { return typeof v === "function" ? "function" : JSON.stringify(v); }
