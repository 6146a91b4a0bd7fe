export default {
  async fetch(request, env) {
    const result = await env.WORKER_B.add(40, 2);
    return new Response(result);
  }
}
