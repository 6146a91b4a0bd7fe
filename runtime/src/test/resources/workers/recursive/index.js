import { WorkerEntrypoint } from "cloudflare:workers";

// depth(n) calls itself through its own service binding n times; sequential(n) makes n calls in a row.
export default class Recursive extends WorkerEntrypoint {
  async depth(n) {
    return n === 0 ? 0 : 1 + (await this.env.SELF.depth(n - 1));
  }
  async sequential(n) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += await this.env.SELF.one();
    return sum;
  }
  one() {
    return 1;
  }
  async fetch(request) {
    const n = Number(new URL(request.url).searchParams.get("n"));
    try {
      return new Response(String(await this.depth(n)));
    } catch (e) {
      return new Response(`${e.constructor.name}: ${e.message}`, { status: 500 });
    }
  }
}
