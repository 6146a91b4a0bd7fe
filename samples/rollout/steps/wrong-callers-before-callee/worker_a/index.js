export default {
  async fetch(request, env) {
    const { sum } = await env.WORKER_B.addV2({ a: 1, b: 2 });
    return new Response(sum);
  }
}
