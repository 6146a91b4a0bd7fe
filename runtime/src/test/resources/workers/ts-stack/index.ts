import { WorkerEntrypoint } from "cloudflare:workers";

interface Order {
  id: string;
  total: number;
}

type Currency = "EUR" | "USD";

interface Receipt {
  order: Order;
  currency: Currency;
}

function checkTotal(order: Order): void {
  if (order.total < 0) {
    throw new RangeError(`order ${order.id} has a negative total`);
  }
}

export default class Billing extends WorkerEntrypoint {
  charge(id: string, total: number): Receipt {
    const order: Order = { id, total };
    checkTotal(order);
    return { order, currency: "EUR" };
  }

  async fetch(request: Request): Promise<Response> {
    const url: URL = new URL(request.url);
    const total: number = Number(url.searchParams.get("total"));
    checkTotal({ id: "web", total });
    return new Response("ok");
  }

  report(sku: string): boolean {
    const missing: Error = new Error(`no stock for ${sku}`);
    console.error("failed:", missing);
    return false;
  }
}
