// ?mode=rpc|fetch|object|callback|pipeline&n=N: N sequential awaited calls through the binding.
const payload = {};
for (let i = 0; i < 100; i++) payload["key" + i] = { id: i, name: "item number " + i, tags: ["a", "b"], ok: i % 2 === 0 };

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const mode = url.searchParams.get("mode") || "seed";
    const n = Number(url.searchParams.get("n") || 1);
    let last;
    for (let i = 0; i < n; i++) {
      switch (mode) {
        case "rpc": last = await env.WORKER_B.add(i, 1); break;
        case "fetch": last = await (await env.WORKER_B.fetch("http://bench_b/")).text(); break;
        case "object": last = await env.WORKER_B.size(payload); break;
        case "callback": last = await env.WORKER_B.callBack((x) => x + 1); break;
        case "pipeline": last = await env.WORKER_B.counter(i).next(); break;
        default: last = await env.WORKER_B.add(1, 2);
      }
    }
    return new Response(String(last));
  },
};
