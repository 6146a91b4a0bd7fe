const tests = {
  "/callee-ctx": (env) => env.B.shape(),
  "/callee-ctx-json": (env) => env.B.json(),
  "/props": async (env) => [await env.B.props(), await env.NAMED.hello("n")],
  "/props-isolated": async (env) => [await env.B.mutateProps(), await env.B.props()],
  "/exports-order": (env) => env.B.exportsOrder(),
  "/loopbacks": (env) => env.B.loopbacks(),
  "/loopback-shape": (env) => env.B.loopbackShape(),
  "/loopback-with-props": (env) => env.B.withProps(),
  "/loopback-call-errors": (env) => env.B.loopbackCallErrors(),
  "/unbound-wait-until": (env) => env.B.unboundWaitUntil(),
  "/primary-ctx": (env, ctx) => [Object.keys(ctx), Object.keys(ctx.exports), JSON.stringify(ctx.props), Object.prototype.toString.call(ctx.exports.default)],
  "/old-date-ctx": async (env) => (await env.OLD.fetch("http://old/")).text(),
};
