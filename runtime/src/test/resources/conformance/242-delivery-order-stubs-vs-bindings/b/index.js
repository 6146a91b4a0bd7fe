import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class T extends RpcTarget {
  rec(x) { log.push(x); return x; }
  async recAfter(x, ms) { log.push(`start ${x}`); await new Promise((r) => setTimeout(r, ms)); log.push(x); return x; }
  never() { return new Promise(() => {}); }
  quick(x) { return `quick ${x}`; }
}
export default class extends WorkerEntrypoint {
  reset() { log = []; return "reset"; }
  read() { return log; }
  rec(x) { log.push(x); return x; }
  async recAfter(x, ms) { log.push(`start ${x}`); await new Promise((r) => setTimeout(r, ms)); log.push(x); return x; }
  target() { return new T(); }
  fn() { return (x) => { log.push(x); return x; }; }
  get logged() { log.push("getter"); return 1; }
  hang() { return new Promise(() => {}); }
  quick(x) { return `quick ${x}`; }
  fireCallback(cb) { cb(); return "fired and returned"; }
  async raceCallback(cb, ms) {
    return await Promise.race([cb(), new Promise((r) => setTimeout(() => r(`timer ${ms} won`), ms))]);
  }
}
