import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async fetch(request) { return new Response(`http ${request.method} ${new URL(request.url).pathname}`); }
  get(x) { return `rpc get ${x}`; }
  delete(x) { return `rpc delete ${x}`; }
  other(x) { return `rpc other ${x}`; }
}
