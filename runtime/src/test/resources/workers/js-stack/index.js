import { WorkerEntrypoint } from "cloudflare:workers";

// A JavaScript worker: no source map, so its stacks stay as GraalJS reports them.

function checkTotal(order) {
  if (order.total < 0) {
    throw new RangeError(`order ${order.id} has a negative total`);
  }
}

export default class Billing extends WorkerEntrypoint {
  charge(id, total) {
    checkTotal({ id, total });
    return { id, total };
  }
}
