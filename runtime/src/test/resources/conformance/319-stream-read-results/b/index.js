import { WorkerEntrypoint } from "cloudflare:workers";
export default class Api extends WorkerEntrypoint {
  stream() { return new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }); }
  async readArg(s) { const r = s.getReader(); const a = await r.read(); const b = await r.read(); return [Object.keys(a), Object.keys(b), b.value === undefined]; }
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/req-body") { const r = req.body.getReader(); const a = await r.read(); const b = await r.read(); return new Response(JSON.stringify([Object.keys(a), Object.keys(b)])); }
    return new Response("x");
  }
}
