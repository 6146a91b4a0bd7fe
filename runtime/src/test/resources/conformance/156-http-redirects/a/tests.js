async function go(env, path, init) {
  const r = await env.B.fetch("http://svc.example" + path, init);
  return `${r.status} redirected=${r.redirected} url=${r.url} x-from=${r.headers.get("x-from")} :: ${await r.text()}`;
}
const post = { method: "POST", body: "payload", headers: { "x-custom": "c", "content-type": "text/x-mine" } };
const tests = {
  "/301-post": (env) => go(env, "/r301", post),
  "/302-post": (env) => go(env, "/r302", post),
  "/303-post": (env) => go(env, "/r303", post),
  "/307-post": (env) => go(env, "/r307", post),
  "/307-stream": (env) => go(env, "/r307", { method: "POST", body: new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("streamed")); c.close(); } }) }),
  "/manual": (env) => go(env, "/r302", { redirect: "manual" }),
  "/absolute-other-host": (env) => go(env, "/absolute-other-host"),
  "/no-location": (env) => go(env, "/no-location"),
  "/fragment": (env) => go(env, "/fragment"),
  "/relative-dot": (env) => go(env, "/a/b/relative-dot"),
  "/chain": (env) => go(env, "/chain1", post),
  "/loop": async (env) => { let e; try { await go(env, "/loop"); } catch (x) { e = showErr(x); } const n = await (await env.B.fetch("http://svc/loop-count")).text(); return [e, n]; },
  "/bad-location": (env) => go(env, "/bad-location"),
  "/ftp-location": (env) => go(env, "/ftp-location"),
  "/request-object-redirect": async (env) => { const r = await env.B.fetch(new Request("http://svc.example/r302", { redirect: "manual" })); return [r.status, r.headers.get("location")]; },
};
