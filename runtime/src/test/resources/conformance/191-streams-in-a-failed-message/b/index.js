import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  async describeRequest(req) {
    return {
      isRequest: req instanceof Request,
      method: req.method,
      url: req.url,
      redirect: req.redirect,
      headers: [...req.headers],
      setCookie: req.headers.getSetCookie(),
      cf: req.cf === undefined ? "undefined" : JSON.stringify(req.cf),
      signal: req.signal === null ? "null" : String(req.signal.aborted),
      bodyNull: req.body === null,
      body: req.body === null ? null : await req.text(),
    };
  }
  async describeResponse(r) {
    return [r.status, r.statusText, r.type, r.url, [...r.headers], await r.text()];
  }
  mutateRequest(req) {
    const out = [];
    try { req.headers.set("b", "2"); out.push([...req.headers]); } catch (e) { out.push(`${e.constructor.name}: ${e.message}`); }
    return out;
  }
  makeResponse(kind) {
    switch (kind) {
      case "plain": return new Response("p", { status: 203, statusText: "Meh", headers: { "x-h": "1" } });
      case "json": return Response.json({ a: [1, "two"] }, { status: 202, headers: { "x-j": "j" } });
      case "redirect": return Response.redirect("https://other.test/dest?q=1", 307);
      case "error": return Response.error();
      case "nullbody": return [new Response(null, { status: 204, statusText: "Nada" }), new Response(null, { status: 304 }), new Response(null, { status: 200 })];
    }
  }
  echo(v) { return v; }
  async fetch(request) { return new Response(`callee saw ${request.url}`); }
}
