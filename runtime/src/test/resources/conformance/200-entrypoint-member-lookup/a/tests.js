const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/three-levels-up": async (env) => [await settle(env.B.level1()), await settle(env.B.level2()), await settle(env.B.level3())],
  "/super-chain": (env) => env.B.chained(),
  "/accessor-pair": async (env) => [await settle(env.B.pair), await settle(env.B.pair()), await settle(env.B.setOnly), await settle(env.B.setOnly())],
  "/getter-returns-fn": async (env) => [await settle(env.B.fnGetter(2, 3)), await settle(env.B.fnGetter)],
  "/static-getter-and-field": async (env) => [await settle(env.B.staticGetter), await settle(env.B.staticField), await settle(env.B.name), await settle(env.B.length), await settle(env.B.prototype)],
  "/bound-on-proto": async (env) => [await settle(env.B.bound(1)), await settle(env.B.boundArrow(2))],
  "/returns-this": (env) => env.B.self(),
  "/returns-this-env": (env) => env.B.myEnv(),
  "/returns-this-ctx": (env) => env.B.myCtx(),
  "/proto-data-values": async (env) => [await settle(env.B.num), await settle(env.B.obj), await settle(env.B.obj.k), await settle(env.B.nul), await settle(env.B.undef)],
  "/method-props": async (env) => [await settle(env.B.level1.name), await settle(env.B.withDefaults.length), await settle(env.B.tagged.tag)],
  "/non-writable-proto": async (env) => [await settle(env.B.frozenMethod()), await settle(env.B.hiddenMethod())],
};
