import { WorkerEntrypoint } from "cloudflare:workers";

const log = [];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
function timedStream(n, ms, tag) {
  let i = 0;
  return new ReadableStream({
    async pull(c) {
      await pause(ms);
      if (i++ < n) c.enqueue(new TextEncoder().encode(`${tag}${i};`));
      else { log.push(`${tag}:stream-done`); c.close(); }
    },
  });
}

export default class extends WorkerEntrypoint {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    if (path === "/slow") { log.push("slow:start"); await pause(100); log.push("slow:end"); return new Response("slow"); }
    if (path === "/left-behind") { pause(150).then(() => log.push("left-behind")); return new Response("lb"); }
    if (path === "/waituntil") { this.ctx.waitUntil(pause(60).then(() => log.push("callee-waituntil"))); return new Response("wu"); }
    if (path === "/stream") return new Response(timedStream(3, 20, "h"));
    return new Response("?");
  }
  streamRpc() { return timedStream(3, 20, "r"); }
  read() { return [...log].sort(); }
  reset() { log.length = 0; return "reset"; }
}
