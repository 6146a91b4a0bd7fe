import { RpcStub } from "cloudflare:workers"; // importing the module renames the stub classes
// then/catch/finally on JsRpcPromise and JsRpcProperty with arguments that are not functions.
const show = (v) => (typeof v === "string" ? JSON.stringify(v) : String(v));
const showErr = (e) => `${e && e.constructor ? e.constructor.name : typeof e}: ${e && e.message}`;

async function attempt(f) {
  try {
    const r = f();
    const v = await r;
    return `ok ${show(v)}`;
  } catch (e) {
    return `threw ${showErr(e)}`;
  }
}

const calls = {
  "then-null": (p) => p.then(null),
  "then-null-fn": (p) => p.then(null, () => "rejected"),
  "then-undefined": (p) => p.then(undefined),
  "then-number": (p) => p.then(5),
  "then-object": (p) => p.then({}),
  "then-fn-null": (p) => p.then((v) => v, null),
  "then-fn-string": (p) => p.then((v) => v, "x"),
  "then-none": (p) => p.then(),
  "then-fn-only": (p) => p.then((v) => v),
  "then-fn-undefined": (p) => p.then((v) => v, undefined),
  "then-fn-fn": (p) => p.then((v) => v, (e) => e),
  "catch-fn": (p) => p.catch((e) => e),
  "finally-fn": (p) => p.finally(() => {}),
  "finally-undefined": (p) => p.finally(undefined),
  "catch-null": (p) => p.catch(null),
  "catch-number": (p) => p.catch(1),
  "catch-none": (p) => p.catch(),
  "finally-null": (p) => p.finally(null),
  "finally-number": (p) => p.finally(2),
  "finally-none": (p) => p.finally(),
};

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const kind = url.pathname.slice(1);
    const out = [];
    for (const [name, f] of Object.entries(calls)) {
      const target = kind === "promise" ? () => env.WORKER_B.add(1, 2)
        : kind === "property" ? () => env.WORKER_B.box().value
        : () => env.WORKER_B.add;
      out.push(`${name}: ${await attempt(() => f(target()))}`);
    }
    out.push(`names: ${env.WORKER_B.add(1, 2).constructor.name} ${env.WORKER_B.add.constructor.name} ${typeof RpcStub}`);
    return new Response(out.join("\n"));
  },
};
