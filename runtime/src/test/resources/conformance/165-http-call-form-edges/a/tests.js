const settle = (p) => Promise.resolve(p).then(async (r) => `ok ${r.status} ${await r.text()}`, (e) => showErr(e));
const err = (f) => { try { f(); return "no error"; } catch (e) { return e.message; } };
const tests = {
  "/used-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); const first = await settle(env.B.fetch(req)); return [first, await settle(env.B.fetch(req))]; },
  "/read-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); await req.text(); return settle(env.B.fetch(req)); },
  "/locked-request": async (env) => { const req = new Request("http://svc/u", { method: "POST", body: "once" }); req.body.getReader(); return settle(env.B.fetch(req)); },
  "/response-as-input": (env) => settle(env.B.fetch(new Response("x"))),
  "/init-not-object": async (env) => [await settle(env.B.fetch("http://svc/x", 5)), await settle(env.B.fetch("http://svc/x", undefined)), await settle(fetch("http://svc/x", "s")), err(() => new Request("http://x/", 5))],
  "/constructor-errors": () => [err(() => new Request()), err(() => new Response("x", 5)), err(() => new Headers(5)), err(() => new Blob(5)), err(() => new File([])), err(() => new Event())],
  "/caller-headers": (env) => settle(env.B.fetch("http://svc/h", { headers: { Host: "other.example", "User-Agent": "ua" } })),
  "/framing-headers": (env) => settle(env.B.fetch("http://svc/h", { headers: { "Content-Length": "99", "Transfer-Encoding": "gzip", Connection: "close" }, method: "POST", body: "abc" })),
  "/url-normalization": async (env) => [await settle(env.B.fetch("http://svc/a b?c d")), await settle(env.B.fetch("http://svc:80/p")), await settle(env.B.fetch("https://svc:443/p")), await settle(env.B.fetch("http://[::1]:8080/p"))],
  "/response-body-once": async (env) => { const r = await env.B.fetch("http://svc/x"); await r.text(); try { await r.text(); return "twice"; } catch (e) { return showErr(e); } },
  "/clone-response": async (env) => { const r = await env.B.fetch("http://svc/x"); const c = r.clone(); return [(await r.text()) === (await c.text()), c.url, c.redirected]; },
};
