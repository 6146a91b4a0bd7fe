export default {
  async fetch(request, env) {
    const result = await env.BILLING.invoice("o-1");
    return new Response(String(result));
  },
};
