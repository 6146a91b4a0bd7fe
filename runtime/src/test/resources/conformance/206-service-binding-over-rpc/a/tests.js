import { WorkerEntrypoint } from "cloudflare:workers";
export class Local extends WorkerEntrypoint { who() { return `Local props=${JSON.stringify(this.ctx.props)}`; } }
const tests = {
  "/arg-with-props": (env) => env.B.use(env.C_ADMIN),
  "/arg-in-object": (env) => env.B.useNested({ list: [env.C_ADMIN], again: env.C_ADMIN }),
  "/returned-shape": async (env) => { const c = await env.B.giveC(); return [String(c), typeof c, typeof c.anything, Object.keys(c), c === env.B]; },
  "/returned-calls": async (env) => { const c = await env.B.giveC(); return [await c.who(), await (await c.fetch("http://c/x")).text(), await c.who.name]; },
  "/round-trip": async (env) => { const back = await env.B.echo(env.C_ADMIN); return [back === env.C_ADMIN, String(back), await back.who()]; },
  "/forward-twice": (env) => env.B.forward(env.C_ADMIN),
  "/to-noflag-worker": (env) => env.N.use(env.C_ADMIN),
  "/from-noflag-worker": (env) => env.N.giveC(),
  "/loopback": async (env, ctx) => [await env.B.use(ctx.exports.Local), await env.B.use(ctx.exports.Local({ props: { p: 1 } }))],
  "/structured-clone": (env) => { try { structuredClone(env.B); return "cloned"; } catch (e) { return `${e.name}: ${e.message}`; } },
};
