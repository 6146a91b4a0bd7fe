import { WorkerEntrypoint } from "cloudflare:workers";

export default class WorkerB extends WorkerEntrypoint {
  // HTTP style: GET /http?a=1&b=2 answers the sum as text.
  async fetch(request) {
    const url = new URL(request.url);
    if (!url.searchParams.has("a") || !url.searchParams.has("b")) {
      return new Response("pass two numbers: ?a=1&b=2", { status: 400 });
    }
    const sum = await this.add(Number(url.searchParams.get("a")), Number(url.searchParams.get("b")));
    return new Response(String(sum));
  }

  // RPC style: env.WORKER_B.add(1, 2)
  async add(a, b) { return a + b; }
}
