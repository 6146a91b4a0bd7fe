import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const never = () => new Promise(() => {});
const neverStream = () => new ReadableStream({ pull() { return never(); } });
export default class extends WorkerEntrypoint {
  neverStream() { return neverStream(); }
  chunkThenNever() { let n = 0; return new ReadableStream({ async pull(c) { if (n++ === 0) { await pause(10); c.enqueue(new TextEncoder().encode("first")); return; } return never(); } }); }
  neverWithWaitUntil(ms) { this.ctx.waitUntil(pause(ms)); return neverStream(); }
  neverInObject() { return { tag: "obj", body: neverStream() }; }
  async readArg(s) { return new Response(s).text(); }
  quick() { return "quick"; }
  timedStream() { let n = 0; return new ReadableStream({ async pull(c) { await pause(15); if (n++ < 3) c.enqueue(new TextEncoder().encode(`t${n};`)); else c.close(); } }); }
  fetch(req) {
    if (new URL(req.url).pathname === "/never-body") return new Response(neverStream());
    return new Response("?");
  }
}
