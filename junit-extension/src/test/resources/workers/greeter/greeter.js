export default {
  async fetch(request, env) {
    const user = await env.NAMES.lookup(7);
    return Response.json({ hello: user.name, since: user.since });
  },
};
