import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
export default class Api extends WorkerEntrypoint {
  emptyForever() { return new ReadableStream({ pull() { return new Promise(() => {}); } }); }
  emptyForeverBytes() { return new ReadableStream({ type: "bytes", start() {} }); }
  lateChunk() { return new ReadableStream({ start(c) { setTimeout(() => { c.enqueue(enc.encode("late")); c.close(); }, 80); } }); }
  twoThenHang() { let i = 0; return new ReadableStream({ pull(c) { if (i < 2) c.enqueue(enc.encode(`c${i++}`)); else return new Promise(() => {}); } }); }
  oneChunkOpen() { return new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1, 2])); } }); }
  inObject() { return { s: new ReadableStream({ start(c) { c.enqueue(enc.encode("x")); } }), n: 1 }; }
  ticking(n) { let i = 0; return new ReadableStream({ async pull(c) { await scheduler.wait(15); if (i === n) c.close(); else c.enqueue(enc.encode(`t${i++}`)); } }); }
}
