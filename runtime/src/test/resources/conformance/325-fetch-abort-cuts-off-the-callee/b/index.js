import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
export default class Api extends WorkerEntrypoint {
  log() { return log.splice(0); }
  async fetch(req) {
    const p = new URL(req.url).pathname;
    req.signal.addEventListener("abort", () => log.push(`aborted: ${req.signal.reason && req.signal.reason.name} ${req.signal.reason && req.signal.reason.message}`));
    if (p === "/slow") { await scheduler.wait(100); log.push(`slow finished aborted=${req.signal.aborted}`); return new Response("slow"); }
    if (p === "/stream") { let i = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(10); log.push(`pull ${i} aborted=${req.signal.aborted}`); c.enqueue(new Uint8Array([i++])); } })); }
    return new Response("x");
  }
}
