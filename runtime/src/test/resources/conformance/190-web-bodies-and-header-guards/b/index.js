import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async readForm(req) { const f = await req.formData(); return [...f].map(([k, v]) => typeof v === "string" ? `${k}=${v}` : `${k}=<${v.constructor.name} ${v.name} ${v.type} ${v.size}>`); }
  async readBlob(r) { const b = await r.blob(); return [b.constructor.name, b.type, b.size, await b.text()]; }
  async readJson(r) { return r.json(); }
  async readBytes(r) { const b = await r.bytes(); return [b.constructor.name, b.length]; }
  headersOf(h) { const out = [[...h]]; try { h.set("z", "1"); out.push("mutable"); } catch (e) { out.push(e.message); } return out; }
  headersOfRequest(r) { return this.headersOf(r.headers); }
  async fetch(request) { return new Response("x", { headers: { "x-f": "f" } }); }
  throwWithCause() { const e = new Error("with cause"); e.cause = new Headers({ a: "1" }); throw e; }
  returnErrorWithResponse() { return new Error("err", { cause: new Response("c") }); }
  async bodyUsedAfterRead(r) { await r.text(); return r.bodyUsed; }
}
