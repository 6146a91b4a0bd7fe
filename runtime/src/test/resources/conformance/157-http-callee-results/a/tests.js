async function describe(env, p) {
  const r = await env.B.fetch("http://svc/" + p);
  const hs = [...r.headers].map(([k, v]) => `${k}=${v}`).join(";");
  let body;
  try { body = r.body === null ? "<null>" : JSON.stringify(await r.text()); } catch (e) { body = "text() threw " + showErr(e); }
  return `${r.status} ${JSON.stringify(r.statusText)} ok=${r.ok} [${hs}] ${body}`;
}
const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => showErr(e));
const statusText = async (env, p) => { const r = await env.B.fetch("http://svc/" + p); return `${r.status} ${JSON.stringify(r.statusText)}`; };
const tests = {
  "/null-body-statuses": async (env) => [await describe(env, "204"), await describe(env, "205"), await describe(env, "304")],
  "/status-text": async (env) => Promise.all(["s201", "s226", "s299", "s399", "s418", "s450", "s550", "s599", "s200-", "s200-Fine%20Thanks"].map((p) => statusText(env, p))),
  "/cookies": async (env) => { const r = await env.B.fetch("http://svc/cookies"); return [await describe(env, "cookies"), r.headers.getSetCookie(), r.headers.get("set-cookie")]; },
  "/json-and-subclass": async (env) => [await describe(env, "json"), await describe(env, "subclass")],
  "/response-shape": async (env) => { const r = await env.B.fetch("http://svc/x"); let imm; try { r.headers.set("x", "1"); imm = "mutable"; } catch (e) { imm = e.message; } return [r.type, r.url, r.redirected, r instanceof Response, imm]; },
  "/error-response": (env) => describe(env, "error"),
  "/used-body": (env) => describe(env, "used"),
  "/status-101": (env) => describe(env, "101"),
  "/stream-error": (env) => describe(env, "stream-error"),
  "/sync-non-response": async (env) => Promise.all(["sync-undefined", "sync-string", "sync-object", "sync-request"].map((p) => settle(describe(env, p)))),
  "/thenables": async (env) => [await settle(describe(env, "thenable")), await settle(describe(env, "thenable-bad"))],
  "/thrown-values": async (env) => Promise.all(["throw-string", "throw-null", "throw-object", "throw-dom"].map((p) => settle(describe(env, p)))),
  "/reject-later": (env) => describe(env, "reject-later"),
};
