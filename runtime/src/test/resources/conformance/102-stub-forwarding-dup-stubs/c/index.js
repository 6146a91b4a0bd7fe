import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  async useCounter(counter, by) {
    const first = await counter.increment(by);
    return [first, await counter.value];
  }
  async useAdder(add) { return add(5); }
  async keep(counter) { this.kept = counter; return "kept"; }
}
