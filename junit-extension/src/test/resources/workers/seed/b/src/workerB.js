import { WorkerEntrypoint } from "cloudflare:workers";

export default class WorkerB extends WorkerEntrypoint {
  async fetch() { return new Response(null, { status: 404 }); }

  async add(a, b) {
    if (a === 13) {
      throw new TypeError("13 is unlucky");
    }
    return a + b;
  }
}
