class Handler {
  constructor() { this.own = (x, env, ctx) => `own ${x} ${Object.keys(env).length} ${typeof ctx.waitUntil}`; }
  who(x) { return `proto ${x}`; }
  fetch() { return new Response("proto fetch"); }
}
export default new Handler();
