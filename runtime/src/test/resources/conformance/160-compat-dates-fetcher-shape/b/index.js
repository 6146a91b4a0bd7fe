import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async fetch(request) {
    const body = request.body ? await request.text() : "<none>";
    return new Response(`http ${request.method} ${new URL(request.url).pathname} ${body}`);
  }
  get(x) { return `rpc get ${x}`; }
  put(x) { return `rpc put ${x}`; }
  delete(x) { return `rpc delete ${x}`; }
  other() { return "rpc other"; }
}
