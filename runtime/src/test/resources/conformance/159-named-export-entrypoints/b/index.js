import { DurableObject } from "cloudflare:workers";
export class DObj extends DurableObject { hello() { return "do"; } }
export const objExport = {
  hello(x, env, ctx) { return `objExport ${x} this=${this === objExport} env=${Object.keys(env)} props=${JSON.stringify(ctx.props)}`; },
  fetch(req, env, ctx) { return new Response(`objExport fetch ${new URL(req.url).pathname} props=${JSON.stringify(ctx.props)}`); },
  data: { n: 1 },
};
export function plainFn() { return 1; }
export const arr = [function first(x) { return `first ${x}`; }];
export default { fetch() { return new Response("default"); } };
