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
      aborted: req.signal.aborted,
      bodyNull: req.body === null,
      body: req.body === null ? null : await req.text(),
    };
  }
  mutateRequest(req) {
    const out = [];
    try { req.headers.set("b", "2"); req.headers.append("a", "3"); out.push([...req.headers]); } catch (e) { out.push(`${e.constructor.name}: ${e.message}`); }
    return out;
  }
  makeRequest(kind) {
    if (kind === "signal") return new Request("http://ex.test/r", { signal: new AbortController().signal });
    return new Request("https://ex.test/from-callee?q=1", { method: "POST", body: "callee body", headers: { "x-c": "c" }, redirect: "manual", cf: { k: "v" } });
  }
  echo(v) { return v; }
}
