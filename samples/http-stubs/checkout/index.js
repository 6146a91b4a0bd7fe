// POST /checkout {"cents": 2500, "currency": "USD"}: converts the amount to EUR with a third-party
// rates API (outbound fetch), then charges it through the PAYMENTS binding (HTTP style).
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (request.method !== "POST" || url.pathname !== "/checkout") {
      return new Response("POST /checkout {\"cents\": 2500, \"currency\": \"USD\"}", { status: 404 });
    }
    const order = await request.json();

    const rates = await fetch(`https://api.rates.example/v1/rates/${order.currency}-EUR`);
    if (!rates.ok) {
      return new Response(`rates unavailable (${rates.status})`, { status: 502 });
    }
    const { rate } = await rates.json();
    const cents = Math.round(order.cents * rate);

    const charge = await env.PAYMENTS.fetch("https://payments/charges", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ cents, currency: "EUR" }),
    });
    if (charge.status === 402) {
      return new Response(`payment declined: ${(await charge.json()).reason}`, { status: 402 });
    }
    if (!charge.ok) {
      return new Response(`payments failed (${charge.status})`, { status: 502 });
    }
    const { id } = await charge.json();
    return new Response(`charged ${id}: ${(cents / 100).toFixed(2)} EUR`, { status: 201 });
  },
};
