import { WorkerEntrypoint } from "cloudflare:workers";

export default class Checkout extends WorkerEntrypoint {
  async tryCharge() {
    try {
      await this.env.BILLING.charge("o-7", -5);
      return "charged";
    } catch (e) {
      return { name: e.name, message: e.message, remote: e.remote, stack: String(e.stack), keys: Object.keys(e) };
    }
  }

  async charge() {
    return await this.env.BILLING.charge("o-7", -5);
  }
}
