import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
export default class Api extends WorkerEntrypoint {
  waitUntilArgs() {
    const r = [];
    for (const args of [[], [5], [null], [undefined], [Promise.resolve(1)], [{ then(f) { f(1); } }], [Promise.reject(new Error("wu rejected"))], [1, 2]]) {
      try { r.push(show(this.ctx.waitUntil(...args))); } catch (e) { r.push(`${e.constructor.name}: ${e.message}`); }
    }
    return r;
  }
  passThrough() { try { return [show(this.ctx.passThroughOnException()), "ok"]; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
  laterWaitUntil() { setTimeout(() => { try { this.ctx.waitUntil(new Promise((r) => setTimeout(() => { log.push("late wu done"); r(); }, 30))); log.push("late wu accepted"); } catch (e) { log.push("late wu threw " + e.message); } }, 10); return "returned"; }
  log() { return log.splice(0); }
  ctxKeys() { return [Object.keys(this.ctx), typeof this.ctx.abort, typeof this.ctx.id, this.ctx.waitUntil === this.ctx.waitUntil, typeof this.ctx.tracing]; }
  async rejectInWaitUntil() { this.ctx.waitUntil(Promise.reject(new TypeError("bg failure"))); return "main ok"; }
}
function show(v) { return v === undefined ? "undefined" : JSON.stringify(v); }
