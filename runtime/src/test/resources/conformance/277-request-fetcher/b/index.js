import { WorkerEntrypoint } from "cloudflare:workers";
const shape = (f) => f === null ? "null"
  : [typeof f, String(f), Object.prototype.toString.call(f), f.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(f)).sort().join(),
    Object.getPrototypeOf(Object.getPrototypeOf(f)) === Object.prototype, typeof f.anyName].join(" ");
export default class extends WorkerEntrypoint {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    if (path === "/shape") {
      let rpc;
      try { await req.fetcher.someMethod(); rpc = "resolved"; } catch (e) { rpc = `${e.constructor.name}: ${e.message} remote=${e.remote}`; }
      return new Response(JSON.stringify([shape(req.fetcher), new Request(req).fetcher === req.fetcher, rpc]));
    }
    return new Response(`callee got ${path}`);
  }
  take(x) { return typeof x; }
  fetcherOf(req) { return req.fetcher === null ? "null" : typeof req.fetcher; }
}
