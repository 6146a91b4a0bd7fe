export default {
  async fetch(request, env) {
    const result = await env.BILLING.charge(10);
    return new Response(String(result));
  },
};
