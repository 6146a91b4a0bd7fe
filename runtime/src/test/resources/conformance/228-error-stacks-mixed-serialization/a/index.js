const clean = (e) => (e instanceof Error ? String(e.stack).replace(/\(.*?\)/g, "(LOC)") : "non-error " + JSON.stringify(e)) + " keys=" + Object.keys(e);
const tests = {
  "/rpc": async (env) => { async function viaRpc() { return await env.B.m("te"); } try { await viaRpc(); } catch (e) { return clean(e); } },
  "/http": async (env) => { async function viaFetch() { return await env.B.fetch("http://b/te"); } try { await viaFetch(); } catch (e) { return clean(e); } },
  "/http-agg": async (env) => { async function viaFetch() { return await env.B.fetch("http://b/agg"); } try { await viaFetch(); } catch (e) { return e.constructor.name + " " + clean(e); } },
  "/rpc-async-frames": async (env) => { async function viaRpc() { return await env.B.m2(); } try { await viaRpc(); } catch (e) { return clean(e); } },
  "/error-value-stack": async (env) => { const [e] = await env.B.errValue(); return String(e.stack).replace(/\(.*?\)/g, "(LOC)"); },
  "/http-obj": async (env) => { async function viaFetch() { return await env.B.fetch("http://b/obj"); } try { await viaFetch(); } catch (e) { return clean(e); } },
};
export default { async fetch(request, env) { const test = tests[new URL(request.url).pathname]; return new Response(await test(env)); } };
