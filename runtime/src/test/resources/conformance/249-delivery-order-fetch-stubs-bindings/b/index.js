import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class T extends RpcTarget { rec(x) { log.push(x); return x; } }
export default class extends WorkerEntrypoint {
  fetch(req) { log.push(`fetch ${new URL(req.url).pathname}`); return new Response("ok"); }
  reset() { log = []; }
  read() { return log; }
  rec(x) { log.push(x); return x; }
  target() { return new T(); }
  async mixCalls(cb) {
    const t = new T();
    const a = cb("cb1");
    log.push("local");
    const b = cb("cb2");
    return await Promise.all([a, b]);
  }
  async callCb(cb) { return await cb(); }
}
