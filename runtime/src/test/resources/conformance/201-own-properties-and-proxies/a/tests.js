const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/bound-in-constructor": async (env) => [await settle(env.B.handler(1)), await settle(env.B.plain(2))],
  "/getter-returns-undefined": async (env) => [await settle(env.B.undefGetter), await settle(env.B.undefGetter()), await settle(env.B.undefGetter.x)],
  "/getter-returns-object-proto-member": async (env) => [await settle(env.B.sneakyToString), await settle(env.B.sneakyToString())],
  "/getter-returns-null": async (env) => [await settle(env.B.nullGetter), await settle(env.B.nullGetter.x)],
  "/target-shadowed": async (env) => { const t = await env.B.target(); return [await settle(t.m(1)), await settle(t.shadowed(2)), await settle(t.undef), await settle(t.nothing)]; },
  "/target-via-path": async (env) => [await settle(env.B.targetGetter.m(3)), await settle(env.B.targetGetter.shadowed(4)), await settle(env.B.targetGetter.nothing)],
  "/plain-object-undefined": async (env) => [await settle(env.B.cfg.u), await settle(env.B.cfg.u()), await settle(env.B.cfg.u.x)],
  "/mixin-chain": async (env) => [await settle(env.B.logged(1)), await settle(env.B.timed(2)), await settle(env.B.own(3))],
  "/proxy-instance": async (env) => [await settle(env.B.proxied.dynamic(1)), await settle(env.B.proxied.real(2)), await settle(env.B.proxied.anything)],
  "/proxy-prototype": async (env) => [await settle(env.B.viaProto.dyn(1)), await settle(env.B.viaProto.m(2))],
  "/frozen-target": (env) => settle(env.B.frozenTarget.m(1)),
};
