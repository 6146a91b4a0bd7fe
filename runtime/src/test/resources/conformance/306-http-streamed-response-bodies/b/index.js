import { WorkerEntrypoint } from "cloudflare:workers";
const log = [];
const enc = new TextEncoder();
export default class Api extends WorkerEntrypoint {
  log() { return log.splice(0); }
  async fetch(req) {
    const p = new URL(req.url).pathname;
    if (p === "/infinite") { let i = 0; return new Response(new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(1024).fill(i++ & 255)); }, cancel(r) { log.push(`cancelled ${String(r)}`); } })); }
    if (p === "/slow-chunks") { let i = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(20); log.push(`pull ${i}`); if (i === 5) { c.close(); return; } c.enqueue(enc.encode(`c${i++};`)); }, cancel(r) { log.push(`cancel ${String(r)}`); } })); }
    if (p === "/sse") { let n = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(10); c.enqueue(enc.encode(`data: ${n++}\n\n`)); } }), { headers: { "content-type": "text/event-stream" } }); }
    if (p === "/never-body") return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode("partial")); } }), { status: 202, headers: { "x-head": "here" } });
    if (p === "/two-then-hang") { let i = 0; return new Response(new ReadableStream({ pull(c) { if (i < 2) c.enqueue(enc.encode(`c${i++};`)); else return new Promise(() => {}); } })); }
    if (p === "/empty-transform") return new Response(new TransformStream().readable);
    if (p === "/late") return new Response(new ReadableStream({ start(c) { setTimeout(() => { c.enqueue(enc.encode("late body")); c.close(); }, 80); } }), { headers: { "x-a": "1" } });
    if (p === "/chunks") { let i = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(5); if (i === 4) c.close(); else c.enqueue(enc.encode(`part${i++} `)); } }), { status: 201, statusText: "Made", headers: { "content-type": "text/plain" } }); }
    if (p === "/error-later") { let i = 0; return new Response(new ReadableStream({ async pull(c) { await scheduler.wait(5); if (i++ < 2) c.enqueue(enc.encode("ok ")); else c.error(new RangeError("stream broke")); } })); }
    if (p === "/length") return new Response(`got ${(await req.arrayBuffer()).byteLength} bytes`);
    return new Response("plain");
  }
}
