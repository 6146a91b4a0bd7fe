export default {
  async fetch(request, env) {
    const result = await env.BILLING.refund("r-1");
    return new Response(String(result));
  },
};
