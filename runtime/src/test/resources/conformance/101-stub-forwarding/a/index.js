function show(v) { return JSON.stringify(v); }
const tests = {
  // A receives a stub from B and passes it on to C; C's calls run in B, with B's state.
  "/forward-target": async (env) => {
    const counter = await env.B.makeCounter(10);
    const fromC = await env.C.useCounter(counter, 5);
    return [fromC, await counter.value];
  },
  "/forward-function": async (env) => {
    const add = await env.B.makeAdder(100);
    return env.C.useAdder(add);
  },
  // Before rpc_params_dup_stubs (2026-01-20), a stub passed as an argument is transferred.
  "/after-passing": async (env) => {
    const counter = await env.B.makeCounter(1);
    await env.C.useCounter(counter, 1);
    try {
      return `still usable: ${await counter.increment(1)}`;
    } catch (e) {
      return `${e.constructor.name}: ${e.message}`;
    }
  },
};
export default {
  async fetch(request, env) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${show(await test(env))}`);
    } catch (e) {
      return new Response(`threw ${e.constructor.name}: ${e.message}`);
    }
  },
};
