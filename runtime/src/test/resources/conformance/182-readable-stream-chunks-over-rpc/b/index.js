import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
let events = [];
export default class extends WorkerEntrypoint {
  produce(kind) {
    switch (kind) {
      case "mixed": return new ReadableStream({ start(c) { c.enqueue(enc.encode("ab").buffer); c.enqueue(new DataView(enc.encode("cd").buffer)); c.enqueue(enc.encode("xxefxx").subarray(2, 4)); c.enqueue(new Int8Array([103])); c.close(); } });
      case "empty": return new ReadableStream({ start(c) { c.close(); } });
      case "abc": return new ReadableStream({ start(c) { c.enqueue(enc.encode("abc")); c.close(); } });
      case "slow": { let i = 0; return new ReadableStream({ pull(c) { return new Promise((r) => setTimeout(r, 5)).then(() => c.enqueue(enc.encode(`s${i++}`))); }, cancel(reason) { events.push(`cancel(${reason})`); } }); }
      case "big": { let i = 0; return new ReadableStream({ pull(c) { if (i++ < 36) c.enqueue(new Uint8Array(1024 * 1024).fill(i)); else c.close(); } }); }
      case "one-big-chunk": return new ReadableStream({ start(c) { const b = new Uint8Array(34 * 1024 * 1024).fill(9); b[b.length - 1] = 7; c.enqueue(b); c.close(); } });
    }
  }
  log() { const e = events; events = []; return e; }
  async consume(stream) { return `callee read: ${await new Response(stream).text()}`; }
  async count(stream) { let n = 0, last; const r = stream.getReader(); for (;;) { const { done, value } = await r.read(); if (done) break; n += value.byteLength; last = value[value.length - 1]; } return [n, last]; }
  async readOneAndCancel(stream) { const r = stream.getReader(); const { value } = await r.read(); await r.cancel("callee done"); return new TextDecoder().decode(value); }
  echo(v) { return v; }
}
