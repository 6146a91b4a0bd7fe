import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
export default class extends WorkerEntrypoint {
  makeStream(n) { let i = 0; return new ReadableStream({ pull(c) { if (i < n) c.enqueue(enc.encode(`p${i++};`)); else c.close(); } }); }
  async describe(req) { return { method: req.method, url: req.url, headers: [...req.headers].filter(([k]) => k.startsWith("x-")), body: req.body === null ? null : await req.text(), aborted: req.signal.aborted, redirect: req.redirect }; }
  async count(stream) { return (await new Response(stream).arrayBuffer()).byteLength; }
  async fill(w) { const wr = w.getWriter(); await wr.write(enc.encode("from C")); await wr.close(); return "filled"; }
  async fetch(request) {
    const u = new URL(request.url);
    if (u.pathname === "/stream") return new Response(this.makeStream(3), { status: 202, headers: { "x-c": "c" } });
    return new Response(`C saw ${request.method} ${request.url} ${request.headers.get("x-a")} ${request.body === null ? "<null>" : await request.text()}`);
  }
}
