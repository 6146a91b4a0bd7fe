import { WorkerEntrypoint } from "cloudflare:workers";

export default class WorkerB extends WorkerEntrypoint {
  async fetch() { return new Response(null, { status: 404 }); }

  /** Old API, kept while callers still use it. */
  async add(a, b) { return a + b; }

  /** New API: named operands in, a result object out. */
  async addV2({ a, b }) { return { sum: a + b }; }
}
