import { WorkerEntrypoint } from "cloudflare:workers";

export default class Billing extends WorkerEntrypoint {
  async charge(amount) {
    return "charged " + amount;
  }
}
