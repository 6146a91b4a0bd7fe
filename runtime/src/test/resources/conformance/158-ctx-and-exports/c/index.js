export default {
  fetch(request, env, ctx) {
    return new Response(JSON.stringify([Object.keys(ctx), Object.prototype.toString.call(ctx), "exports" in ctx, JSON.stringify(ctx.props)]));
  },
};
