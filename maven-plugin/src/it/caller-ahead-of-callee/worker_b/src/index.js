import { WorkerEntrypoint } from "cloudflare:workers";

export default class Billing extends WorkerEntrypoint {
  async charge(amount) {
    return "charged " + amount;
  }

  async refund(id) {
    return "refunded " + id;
  }

  async invoice(orderId) {
    return { orderId, lines: [] };
  }
}
