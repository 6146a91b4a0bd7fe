const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => `${e.constructor.name}: ${e.message}`);
const tests = {
  "/inherited": async (env) => [await env.B.baseMethod(), await env.B.baseGetter, await env.B.overridden()],
  "/inherited-reserved": (env) => env.B.alarm(),
  "/throwing-getter": async (env) => [await settle(env.B.thrower), await settle(env.B.thrower())],
  "/static": (env) => env.B.staticMethod(),
  "/symbol-names": (env) => [typeof env.B[Symbol("secret")], typeof env.B[Symbol.asyncIterator]],
  "/odd-names": async (env) => [await env.B["with space"](), await env.B["123abc"]()],
  "/handler-names": (env) => Promise.all(["scheduled", "queue", "tail", "email", "test", "trace", "tailStream"].map((n) => env.B[n](1))),
  "/websocket-open": (env) => env.B.webSocketOpen(),
  "/object-proto-names-local": (env) => [env.B.hasOwnProperty("x"), env.B.toLocaleString(), env.B.isPrototypeOf(env.B), typeof env.B.__lookupGetter__, env.B.__proto__ === Object.getPrototypeOf(env.B)],
  "/reserved-deep": async (env) => [await settle(env.B.wrap.alarm.x()), await settle(env.B.wrap.webSocketClose()), await settle(env.B.wrap.dupe())],
  "/reserved-via-getter-target": async (env) => [await settle(env.B.tool.alarm()), await settle(env.B.tool.connect()), await settle(env.B.tool.inner.fetch())],
  "/reserved-on-stub": async (env) => { const t = await env.B.makeTool(); return [await settle(t.alarm()), await settle(t.connect()), await settle(t.inner.fetch())]; },
};
