import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  async describeResponse(r) {
    return [r.status, r.statusText, r.type, r.url, [...r.headers], await r.text()];
  }
  makeResponse(kind) {
    switch (kind) {
      case "plain": return new Response("p", { status: 203, statusText: "Meh", headers: { "x-h": "1" } });
      case "json": return Response.json({ a: [1, "two"] }, { status: 202, headers: { "x-j": "j" } });
      case "redirect": return Response.redirect("https://other.test/dest?q=1", 307);
      case "error": return Response.error();
      case "nullbody": return [new Response(null, { status: 204, statusText: "Nada" }), new Response(null, { status: 304 }), new Response(null, { status: 205, headers: { "x-z": "z" } }), new Response(null, { status: 200 })];
      case "texts": return [new Response(null, { status: 404 }), new Response(null, { status: 404, statusText: "" }), new Response(null, { status: 201, statusText: "Made" }), new Response(null, { status: 599 }), new Response(null, { status: 200, statusText: "OK" })];
      case "nested": { const r = new Response("in object", { status: 201 }); return { r, m: new Map([["k", new Response("in map", { headers: { "x-m": "m" } })]]) }; }
    }
  }
  echo(v) { return v; }
  async fetch(request) { return new Response(`callee saw ${request.url}`, { headers: { "x-f": "f" } }); }
}
