import { WorkerEntrypoint } from "cloudflare:workers";
export class NoFetch extends WorkerEntrypoint { ping() { return "pong"; } }
export class StaticFetch extends WorkerEntrypoint { static fetch() { return new Response("static"); } }
export class GetterFetch extends WorkerEntrypoint { get fetch() { return () => new Response("from getter"); } }
const results = {
  "/undefined-reject": () => Promise.reject(undefined),
  "/null-throw": () => { throw null; },
  "/number": () => 42,
  "/async-undefined": async () => undefined,
  "/promise-string": () => Promise.resolve("text"),
  "/error-subclass": () => { class Oops extends Error { constructor(m) { super(m); this.name = "Oops"; } } throw new Oops("custom"); },
};
export default {
  async fetch(request) {
    const u = new URL(request.url);
    const r = results[u.pathname];
    if (r) return r();
    return new Response(`${request.method} ${request.url} ${[...request.headers].map(([k, v]) => `${k}=${v}`).join(";")}`);
  },
};
