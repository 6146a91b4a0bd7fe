import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
const dec = new TextDecoder();
const endless = (tag) => { let i = 0; return new ReadableStream({ pull(c) { c.enqueue(enc.encode(`${tag}${i++}`)); } }); };
export default class Api extends WorkerEntrypoint {
  endlessResponse() { return new Response(endless("r"), { status: 206, headers: { "x-k": "v" } }); }
  endlessStream() { return endless("s"); }
  async readThree(stream) { const r = stream.getReader(); const out = []; for (let k = 0; k < 3; k++) out.push(dec.decode((await r.read()).value)); await r.cancel(); return out; }
  async readRequestThree(req) { const r = req.body.getReader(); const out = []; for (let k = 0; k < 3; k++) out.push(dec.decode((await r.read()).value)); return [req.method, req.url, out]; }
  async readResponseThree(res) { const r = res.body.getReader(); const out = []; for (let k = 0; k < 3; k++) out.push(dec.decode((await r.read()).value)); return [res.status, out]; }
  async firstOnly(stream) { const r = stream.getReader(); return dec.decode((await r.read()).value); }
}
