import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  relayStream(n) { return this.env.C.makeStream(n); }
  async relayStreamAwaited(n) { const s = await this.env.C.makeStream(n); return { s, note: "relayed" }; }
  forwardRequestOverHttp(req) { return this.env.C.fetch(req); }
  async forwardRequestOverRpc(req) { return this.env.C.describe(req); }
  passStreamOn(stream) { return this.env.C.count(stream); }
  async fetchThenReturn() { return this.env.C.fetch("http://c/stream"); }
  async fetch(request) { return new Response(JSON.stringify(await this.env.C.describe(request))); }
  relayWritable(w) { return this.env.C.fill(w); }
}
