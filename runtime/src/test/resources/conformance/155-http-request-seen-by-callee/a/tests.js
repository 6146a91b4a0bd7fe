async function call(env, ...args) {
  const resp = await env.B.fetch(...args);
  return `${resp.status} ${await resp.text()}`;
}
const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => showErr(e));
const tests = {
  "/plain-get": (env) => call(env, "http://svc/plain"),
  "/fragment-credentials": async (env) => { const r = await env.B.fetch("http://user:pw@svc.example:8080/p/a%20b/?x=1&x=2#frag"); return [r.url, await r.text()]; },
  "/methods": async (env) => [await call(env, "http://svc/m", { method: "patch", body: "p" }), await call(env, "http://svc/m", { method: "PURGE" }), await settle(env.B.fetch("http://svc/m", { method: "CONNECT" })), await settle(env.B.fetch("http://svc/m", { method: "bad method" }))],
  "/head": async (env) => { const r = await env.B.fetch("http://svc/h", { method: "HEAD" }); return [r.status, r.body === null, await r.text(), r.headers.get("content-type")]; },
  "/multi-headers": (env) => { const h = new Headers(); h.append("X-Multi", "a"); h.append("x-multi", "b"); h.append("Cookie", "c=1"); h.set("X-Upper", "V"); return call(env, "http://svc/h", { headers: h }); },
  "/byte-bodies": async (env) => [await call(env, "http://svc/b", { method: "POST", body: new Uint8Array([104, 105]) }), await call(env, "http://svc/b", { method: "PUT", body: new TextEncoder().encode("ab").buffer })],
  "/stream-body": (env) => { const s = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("str")); c.enqueue(new TextEncoder().encode("eam")); c.close(); } }); return call(env, "http://svc/s", { method: "PUT", body: s }); },
  "/other-bodies": async (env) => [await call(env, "http://svc/u", { method: "POST", body: new URLSearchParams({ a: "1", b: "x y" }) }), await call(env, "http://svc/bl", { method: "POST", body: new Blob(["bl", "ob"], { type: "text/x-blob" }) }), await call(env, "http://svc/e", { method: "POST", body: "" })],
  "/formdata-body": async (env) => { const fd = new FormData(); fd.append("f", "v"); fd.append("file", new Blob(["xy"]), "n.txt"); const t = await call(env, "http://svc/f", { method: "POST", body: fd }); return t.replace(/[0-9a-f]{32}/g, "<32 hex>"); },
  "/request-object": async (env) => [await call(env, new Request("http://svc/r", { method: "DELETE", headers: { "x-r": "1" }, redirect: "manual" })), await call(env, new Request("http://svc/r2", { method: "POST", body: "orig", headers: { "x-r": "1" } }), { headers: { "x-i": "2" } })],
  "/cf": (env) => call(env, "http://svc/cf", { cf: { cacheTtl: 5, custom: ["x"] } }),
  "/schemes": async (env) => [await settle(env.B.fetch("ftp://svc/f")), await settle(env.B.fetch("ws://svc/w")), await settle(env.B.fetch("file:///etc/hosts")), await settle(env.B.fetch("blob:http://svc/x"))],
  "/data-url": async (env) => { const r = await env.B.fetch("data:text/plain;charset=utf-8,hi%20there"); return [r.status, r.headers.get("content-type"), await r.text(), r.url]; },
  "/aborted-before": async (env) => { const a = new AbortController(); a.abort(); const b = new AbortController(); b.abort(new RangeError("mine")); return [await settle(env.B.fetch("http://svc/x", { signal: a.signal })), await settle(env.B.fetch("http://svc/x", { signal: b.signal }))]; },
  "/aborted-during": async (env) => { const a = new AbortController(); setTimeout(() => a.abort("stop"), 30); try { await env.B.fetch("http://svc/slow", { signal: a.signal }); return "not aborted"; } catch (e) { return show(e); } },
};
