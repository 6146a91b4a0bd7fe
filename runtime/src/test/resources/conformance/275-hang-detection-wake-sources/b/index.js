import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const never = () => new Promise(() => {});
let open = null;
export default class extends WorkerEntrypoint {
  hangWithTimer(ms) { setTimeout(() => {}, ms); return never(); }
  hangWithInterval() { setInterval(() => {}, 20); return never(); }
  hangAfterClearing() { const id = setTimeout(() => {}, 100); clearTimeout(id); return never(); }
  hangWithWaitUntil(ms) { this.ctx.waitUntil(pause(ms)); return never(); }
  async hangWhileCalling(ms) { this.env.C.slow(ms); return never(); }
  async awaitThirdHang(catchIt) {
    try { return await this.env.C.hang(); } catch (e) { if (catchIt) return `caught ${e.constructor.name} remote=${e.remote}`; throw e; }
  }
  waitGate() { return new Promise((r) => { open = r; }).then(() => "gate opened"); }
  openGate() { if (open) { open(); return "opened"; } return "no gate"; }
  waitUntilNever() { this.ctx.waitUntil(never()); return "returned"; }
  async fetch(req) {
    if (new URL(req.url).pathname === "/third-hang") return new Response(await this.env.C.hang());
    return new Response("?");
  }
}
