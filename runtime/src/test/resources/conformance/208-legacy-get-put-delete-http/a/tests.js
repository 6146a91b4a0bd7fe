const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}`);
const tests = {
  "/get-types": async (env) => [await settle(env.B.get("http://b/text")), await settle(env.B.get("http://b/json", "json")), await settle(env.B.get("http://b/bytes", "arrayBuffer")), await settle(env.B.get("http://b/text", "text")), await settle(env.B.get("http://b/text", "bogus"))],
  "/get-stream": async (env) => { const s = await env.B.get("http://b/text", "stream"); return [s instanceof ReadableStream, await new Response(s).text()]; },
  "/get-statuses": async (env) => [await settle(env.B.get("http://b/status/404")), await settle(env.B.get("http://b/status/410")), await settle(env.B.get("http://b/status/500")), await settle(env.B.get("http://b/status/403")), await settle(env.B.get("http://b/status/204")), await settle(env.B.get("http://b/status/404", "json"))],
  "/put-forms": async (env) => [await settle(env.B.put("http://b/p1", "string body")), await settle(env.B.put("http://b/p2", new Uint8Array([104, 105]))), await settle(env.B.put("http://b/p3", "x", { expiration: 123, expirationTtl: 60 })), await settle(env.B.put("http://b/p4", null))],
  "/put-statuses": async (env) => [await settle(env.B.put("http://b/status/500", "x")), await settle(env.B.put("http://b/status/404", "x")), await settle(env.B.put("http://b/status/201", "x"))],
  "/delete-statuses": async (env) => [await settle(env.B.delete("http://b/d")), await settle(env.B.delete("http://b/status/404")), await settle(env.B.delete("http://b/status/503"))],
  "/arg-coercion": async (env) => [await settle(env.B.get()), await settle(env.B.get("relative/path")), await settle(env.B.delete())],
  "/relative-forms": async (env) => [await settle(env.B.get("/abs/path")), await settle(env.B.put("relative/path", "x")), await settle(env.B.delete("/abs/path")), await settle(env.B.get("ftp://b/x")), await settle(env.B.get(12))],
  "/seen": (env) => env.B.fetch("http://b/seen").then((r) => r.text()),
};
