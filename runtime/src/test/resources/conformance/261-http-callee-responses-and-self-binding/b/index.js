class MyResponse extends Response {
  get extra() { return "x"; }
}
const routes = {
  "/status": (u) => new Response(u.searchParams.get("body"), { status: Number(u.searchParams.get("s")) }),
  "/redirect-helper": (u) => Response.redirect(u.searchParams.get("to"), Number(u.searchParams.get("s") || 302)),
  "/subclass": () => new MyResponse("sub", { status: 202, headers: { "x-sub": "1" } }),
  "/promise-subclass": async () => { await null; return Promise.resolve(new MyResponse("psub")); },
  "/json": () => Response.json({ a: [1, "b"] }, { status: 203, headers: { "x-j": "1" } }),
  "/throw-sync": () => { throw new RangeError("sync boom"); },
  "/throw-after-await": async () => { await new Promise((r) => setTimeout(r, 5)); throw new TypeError("late boom"); },
  "/reject-with-response": async () => { throw new Response("as error"); },
  "/null-body": () => new Response(null, { status: 200 }),
  "/empty-body": () => new Response("", { status: 200 }),
  "/self": async (u, req, env) => {
    const depth = Number(u.searchParams.get("d"));
    if (depth === 0) return new Response(`bottom ${req.method} ${req.headers.get("x-trail")} ${await req.text()}`);
    const next = new URL(req.url); next.searchParams.set("d", String(depth - 1));
    const r = await env.SELF.fetch(new Request(next, req), { headers: { "x-trail": `${req.headers.get("x-trail") ?? ""}${depth}` } });
    return new Response(`${depth}<${await r.text()}>`, { status: r.status });
  },
  "/self-forward": async (u, req, env) => {
    if (u.searchParams.has("inner")) return new Response(`inner got ${req.method} ${JSON.stringify(await req.text())}`, { status: 207 });
    return env.SELF.fetch(new URL("/self-forward?inner=1", req.url), req);
  },
};
export default {
  async fetch(request, env) {
    const u = new URL(request.url);
    const route = routes[u.pathname];
    if (!route) return new Response(`callee saw ${request.method} ${request.url}`);
    return route(u, request, env);
  },
};
