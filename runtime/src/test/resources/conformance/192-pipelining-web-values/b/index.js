import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
export default class extends WorkerEntrypoint {
  resp() { return new Response("piped", { status: 201, headers: { "x-p": "p" } }); }
  obj() { return { r: new Response("inner"), h: new Headers({ a: "1" }), s: new ReadableStream({ start(c) { c.enqueue(enc.encode("st")); c.close(); } }), req: new Request("http://x/q", { method: "POST", body: "rb" }), empty: new Response(null, { status: 204 }), getReq: new Request("http://x/g"), w: new WritableStream(), nested: { list: [1, new Response("deep")] } }; }
}
