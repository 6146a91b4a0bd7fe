import { WorkerEntrypoint } from "cloudflare:workers";

export default class WorkerB extends WorkerEntrypoint {
  async fetch() { return new Response(null, { status: 404 }); }

  async add(a, b) { return a + b; }
}
