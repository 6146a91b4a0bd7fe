import { WorkerEntrypoint } from "cloudflare:workers";
export class Named extends WorkerEntrypoint { who(x) { return `Named ${x} props=${JSON.stringify(this.ctx.props)}`; } }
const tests = {
  "/self-default-rpc": (env, ctx) => ctx.exports.default.hello("me"),
  "/self-default-props": (env, ctx) => ctx.exports.default({ props: { p: [1] } }).hello("p"),
  "/self-named": (env, ctx) => ctx.exports.Named.who(1),
  "/callee-exports": (env) => env.B.viaExports(),
  "/callee-fetch": async (env) => (await env.B.fetch("http://b/")).text(),
  "/self-fetch-recursion": async (env, ctx, req) => new URL(req.url).searchParams.has("inner") ? "inner" : (await ctx.exports.default.fetch("http://self/self-fetch-recursion?inner")).text(),
};
