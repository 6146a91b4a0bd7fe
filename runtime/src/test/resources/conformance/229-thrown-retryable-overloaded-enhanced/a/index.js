const brief = (e) => `${e?.constructor?.name} ${e instanceof Error ? JSON.stringify(e.message) : ""} keys=${Object.keys(e)} retryable=${e.retryable} overloaded=${e.overloaded} remote=${e.remote}`;
const KINDS = ["retryable", "overloaded", "both", "retryableFalse", "retryableObject", "overloadedArray", "proto", "ovGetter", "nonEnum", "custom", "durable", "frozenRetryable"];
async function each(f) { const out = []; for (const k of KINDS) { try { await f(k); out.push(`${k}: no throw`); } catch (e) { out.push(`${k}: ${brief(e)}`); } } return "\n" + out.join("\n"); }
const tests = {
  "/rpc": (env) => each((k) => env.B.throwIt(k)),
  "/http": (env) => each((k) => env.B.fetch("http://b/" + k)),
  "/target": async (env) => { const t = await env.B.target(); return each((k) => t.fail(k)); },
  "/callback": async (env) => JSON.stringify(await env.B.callCb(() => { const e = new Error("cb"); e.retryable = true; e.code = 3; throw e; })),
};
export default { async fetch(request, env) { const t = tests[new URL(request.url).pathname]; try { return new Response(String(await t(env))); } catch (e) { return new Response("threw " + e); } } };
