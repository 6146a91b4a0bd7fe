import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
const later = (ms) => new Promise((r) => setTimeout(r, ms));
export default class extends WorkerEntrypoint {
  produce(kind) {
    switch (kind) {
      case "errored-at-start": return new ReadableStream({ start(c) { c.error(new TypeError("broken from start")); } });
      case "enqueue-then-error": return new ReadableStream({ start(c) { c.enqueue(enc.encode("x")); c.error(new TypeError("sync")); } });
      case "number-first": return new ReadableStream({ start(c) { c.enqueue(42); c.close(); } });
      case "object-first": return new ReadableStream({ start(c) { c.enqueue({ a: 1 }); c.close(); } });
      case "error-later-no-data": return new ReadableStream({ pull(c) { return later(200).then(() => c.error(new TypeError("later"))); } });
      case "error-after-data": return new ReadableStream({ start(c) { c.enqueue(enc.encode("first")); }, pull(c) { return later(200).then(() => c.error(new RangeError("callee broke"))); } });
      case "throw-in-pull-after-data": { let n = 0; return new ReadableStream({ pull(c) { if (n++ === 0) { c.enqueue(enc.encode("d")); return; } throw new SyntaxError("pull threw"); } }); }
      case "string-after-bytes": return new ReadableStream({ start(c) { c.enqueue(enc.encode("b")); c.enqueue("s"); c.close(); } });
    }
  }
  async consume(stream) { return `callee read: ${await new Response(stream).text()}`; }
  async consumeParts(stream) { return readParts(stream); }
}
async function readParts(s) { const r = s.getReader(); const parts = []; try { for (;;) { const { done, value } = await r.read(); if (done) break; parts.push(new TextDecoder().decode(value)); } } catch (e) { parts.push(`${e.constructor.name}: ${e.message} retryable=${e.retryable} remote=${e.remote}`); } return parts; }
