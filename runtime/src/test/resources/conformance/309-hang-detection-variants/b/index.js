import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let parked;
export default class Api extends WorkerEntrypoint {
  async hangAfterAwait() { await scheduler.wait(10); await new Promise(() => {}); }
  async hangOnStream() { const { readable } = new TransformStream(); await readable.getReader().read(); return "never"; }
  async hangOnParked() { return new Promise((r) => { parked = r; }); }
  release() { if (parked) { parked("released"); parked = undefined; return "did release"; } return "nothing parked"; }
  hangThenable() { return { then() {} }; }
  async hangInGetterTarget() { return new (class extends RpcTarget { get v() { return new Promise(() => {}); } })(); }
  async rejectLater() { await scheduler.wait(20); throw new RangeError("late reject"); }
  hangWithInterval() { const id = setInterval(() => {}, 1000); setTimeout(() => clearInterval(id), 150); return new Promise(() => {}); }
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/hang-after-await") { await scheduler.wait(5); return new Promise(() => {}); }
    return new Response("ok");
  }
}
