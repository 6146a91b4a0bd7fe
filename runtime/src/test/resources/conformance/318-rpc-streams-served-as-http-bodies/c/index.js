import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
export default class Last extends WorkerEntrypoint {
  endless() { let i = 0; return new ReadableStream({ pull(c) { c.enqueue(enc.encode(`e${i++}`)); } }); }
  slow() { let i = 0; return new ReadableStream({ async pull(c) { await scheduler.wait(10); if (i === 4) c.close(); else c.enqueue(enc.encode(`w${i++};`)); } }); }
  errorLater() { let i = 0; return new ReadableStream({ async pull(c) { await scheduler.wait(5); if (i++ === 0) c.enqueue(enc.encode("first")); else c.error(new RangeError("source broke")); } }); }
  stringLater() { let i = 0; return new ReadableStream({ pull(c) { if (i++ === 0) c.enqueue(enc.encode("first")); else c.enqueue("str"); } }); }
  stall() { return new ReadableStream({ start(c) { c.enqueue(enc.encode("only")); } }); }
  async fetch() { return new Response("last"); }
}
