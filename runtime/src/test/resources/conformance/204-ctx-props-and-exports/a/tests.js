import { WorkerEntrypoint } from "cloudflare:workers";
export class Alpha extends WorkerEntrypoint {
  who() { return `Alpha props=${JSON.stringify(this.ctx.props)}`; }
  fetch(req) { return new Response(`Alpha fetch ${new URL(req.url).pathname} props=${JSON.stringify(this.ctx.props)}`); }
}
export class Beta extends WorkerEntrypoint {
  who() { return `Beta props=${JSON.stringify(this.ctx.props)}`; }
  async viaAlpha() { return this.ctx.exports.Alpha({ props: { from: "beta" } }).who(); }
}
export const helper = { who(arg, env, ctx) { return `helper ${arg} props=${JSON.stringify(ctx.props)}`; } };
const tests = {
  "/props-order": (env) => env.ORDER.props(),
  "/props-keys": (env) => env.ORDER.keys(),
  "/props-identity": (env) => env.ORDER.identity(),
  "/props-absent": async (env) => [await env.PLAIN.props(), await env.PLAIN.identity()],
  "/props-object-export": async (env) => [await env.OBJP.who("x"), await (await env.OBJP.fetch("http://o/p")).text()],
  "/exports-keys": (env, ctx) => [Object.keys(ctx.exports), "Alpha" in ctx.exports, "Missing" in ctx.exports, typeof ctx.exports.Missing, ctx.exports.Alpha === ctx.exports.Alpha],
  "/exports-calls": async (env, ctx) => [await ctx.exports.Alpha.who(), await ctx.exports.Beta.who(), await ctx.exports.helper.who("h")],
  "/exports-props": async (env, ctx) => [await ctx.exports.Alpha({ props: { n: 1, nested: { list: [1, 2] } } }).who(), await ctx.exports.helper({ props: { h: true } }).who("p"), await ctx.exports.Beta.viaAlpha()],
  "/exports-fetch-props": async (env, ctx) => (await ctx.exports.Alpha({ props: { f: 1 } }).fetch("http://self/path")).text(),
  "/exports-default-rpc": async (env, ctx) => { try { return await ctx.exports.default.who(); } catch (e) { return showErr(e); } },
  "/exports-props-mutation": async (env, ctx) => { const p = { m: 1 }; const s = ctx.exports.Alpha({ props: p }); p.m = 2; return s.who(); },
  "/callee-exports": (env) => env.PLAIN.exportsView(),
};
