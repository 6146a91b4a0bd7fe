import { WorkerEntrypoint } from "cloudflare:workers";
export class Local extends WorkerEntrypoint { who() { return "Local"; } }
const tests = {
  "/returned-to-noflag": async (env) => { const c = await env.B.giveC(); return String(c); },
  "/returned-in-object": async (env) => { const c = await env.B.giveInObject(); return String(c); },
  "/loopback-noflag": (env, ctx) => env.B.use(ctx.exports.Local),
  "/after-failure": (env) => env.B.ping(),
};
