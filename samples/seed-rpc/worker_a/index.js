export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/http") {
      // HTTP style: hand the request to worker_b's fetch() handler.
      return env.WORKER_B.fetch(request);
    }
    // RPC style: call worker_b's add() method.
    const result = await env.WORKER_B.add(1, 2);
    return new Response(result);
  }
}
