import { WorkerEntrypoint } from "cloudflare:workers";

export default class WorkerB extends WorkerEntrypoint {
  async fetch() { return new Response(null, { status: 404 }); }

  /** Named operands in, a result object out. */
  async addV2({ a, b }) { return { sum: a + b }; }
}
