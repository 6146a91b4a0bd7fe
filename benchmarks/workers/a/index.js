// ?mode=rpc|fetch|object|callback|pipeline&n=N: N sequential awaited calls through the binding,
// one loop per mode so that the loop itself costs as little as possible.
const payload = {};
for (let i = 0; i < 100; i++) payload["key" + i] = { id: i, name: "item number " + i, tags: ["a", "b"], ok: i % 2 === 0 };

const modes = {
  async rpc(env, n) { let last; for (let i = 0; i < n; i++) last = await env.WORKER_B.add(i, 1); return last; },
  async fetch(env, n) { let last; for (let i = 0; i < n; i++) last = await (await env.WORKER_B.fetch("http://bench_b/")).text(); return last; },
  async object(env, n) { let last; for (let i = 0; i < n; i++) last = await env.WORKER_B.size(payload); return last; },
  async callback(env, n) { let last; for (let i = 0; i < n; i++) last = await env.WORKER_B.callBack((x) => x + 1); return last; },
  async pipeline(env, n) { let last; for (let i = 0; i < n; i++) last = await env.WORKER_B.counter(i).next(); return last; },
  async seed(env) { return env.WORKER_B.add(1, 2); },
};

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const mode = modes[url.searchParams.get("mode") || "seed"];
    return new Response(String(await mode(env, Number(url.searchParams.get("n") || 1))));
  },
};
