import { WorkerEntrypoint } from "cloudflare:workers";
export default class C extends WorkerEntrypoint {
  async useCounter(c) { return ["C", await c.increment(10)]; }
  async keepAndUseLater(c) { return ["C", await c.increment(1)]; }
}
