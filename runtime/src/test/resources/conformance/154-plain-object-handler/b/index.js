let calls = 0;
const handler = {
  version: "1.2.3",
  nested: {
    deep(x, env, ctx) { return `deep ${x} ${typeof env} ${Object.prototype.toString.call(ctx)} this=${this === handler.nested}`; },
    two(a, b) { return `two ${a} ${b}`; },
    connect(a) { return `nested connect ${a}`; },
    list: [1, 2],
  },
  noParams() { return `noParams got ${arguments.length}: ${typeof arguments[0]} ${typeof arguments[1]} ${typeof arguments[2]}`; },
  one(a) { return `one ${JSON.stringify(a)}`; },
  three(a, env, ctx) { return `three ${JSON.stringify(a)} ${env.GREETING} ${JSON.stringify(ctx.props)}`; },
  four(a, b, c, d) { return "four ran"; },
  rest(...args) { return `rest ${args.length}`; },
  defaults(a, b = 2, c = 3, d = 4) { return `defaults ${a}`; },
  async later(a) { await null; return `later ${a}`; },
  counted(a) { calls++; return [this === handler, calls]; },
  arrow: (a) => `arrow ${a} this=${typeof this}`,
  alarm(a) { return `alarm ${a}`; },
  dup(a) { return `dup ${a}`; },
  scheduled(a) { return `scheduled ${a}`; },
  queue(a) { return `queue ${a}`; },
  async fetch(req, env, ctx) { return new Response(`fetch this=${this === handler} ${req.method} ${env.GREETING}`); },
  throws(a) { throw new SyntaxError(`bad ${a}`); },
};
export default handler;
