import { WorkerEntrypoint } from "cloudflare:workers";

// Ten or more of one item: 10% off that line (rounded down in the buyer's favour).
const BULK_QUANTITY = 10;

function lineTotal({ sku, unitCents, quantity }) {
  if (!Number.isInteger(unitCents) || unitCents < 0) {
    throw new RangeError(`unitCents of ${sku} must be a whole number >= 0, got ${unitCents}`);
  }
  if (!Number.isInteger(quantity) || quantity < 0) {
    throw new RangeError(`quantity of ${sku} must be a whole number >= 0, got ${quantity}`);
  }
  const gross = unitCents * quantity;
  return quantity >= BULK_QUANTITY ? gross - Math.floor(gross / 10) : gross;
}

export default class Pricing extends WorkerEntrypoint {
  // RPC: env.PRICING.total([{ sku: "pen", unitCents: 150, quantity: 2 }]) -> 300 (cents)
  async total(items) {
    let sum = 0;
    for (const item of items) {
      sum += lineTotal(item);
    }
    return sum;
  }

  // HTTP: POST / with the items as JSON answers the total in cents.
  async fetch(request) {
    if (request.method !== "POST") {
      return new Response('POST a JSON list of items: [{"sku": "pen", "unitCents": 150, "quantity": 2}]', { status: 405 });
    }
    try {
      return new Response(String(await this.total(await request.json())));
    } catch (e) {
      return new Response(`${e.name}: ${e.message}`, { status: 400 });
    }
  }
}
