export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname === "/greeting") {
      return new Response(env.GREETING);
    }
    if (url.pathname === "/sum") {
      const a = Number(url.searchParams.get("a"));
      const b = Number(url.searchParams.get("b"));
      return Response.json({ sum: await env.WORKER_B.add(a, b) });
    }
    if (url.pathname === "/caught") {
      try {
        return new Response(String(await env.WORKER_B.add(1, 2)));
      } catch (e) {
        return new Response("caught " + e.message);
      }
    }
    console.log("adding 1 and 2");
    const result = await env.WORKER_B.add(1, 2);
    return new Response(String(result));
  },
};
