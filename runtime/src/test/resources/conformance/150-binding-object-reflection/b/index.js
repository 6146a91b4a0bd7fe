import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  add(a, b) {
    return a + b;
  }
  async fetch(request) {
    return new Response(`fetched ${new URL(request.url).pathname}`);
  }
}
