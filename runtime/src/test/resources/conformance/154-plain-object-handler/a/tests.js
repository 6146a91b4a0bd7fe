const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => `${e.constructor.name}: ${e.message}`);
const tests = {
  "/data": async (env) => [await env.B.version, await env.B.nested.list, await settle(env.B.version())],
  "/nested-one-arg": (env) => env.B.nested.deep(1),
  "/nested-two-args": (env) => env.B.nested.two(1, 2),
  "/no-params": async (env) => [await env.B.noParams("x"), await settle(env.B.noParams())],
  "/one-arg-counts": async (env) => [await env.B.one(undefined), await settle(env.B.one()), await settle(env.B.one(1, 2))],
  "/three-params": (env) => env.B.three({ k: 1 }),
  "/four-params": async (env) => [await settle(env.B.four(1)), await settle(env.B.four())],
  "/rest-and-defaults": async (env) => [await env.B.rest(1), await settle(env.B.rest(1, 2)), await env.B.defaults(9)],
  "/async-and-arrow": async (env) => [await env.B.later("a"), await env.B.arrow("q")],
  "/this-and-state": async (env) => [await env.B.counted(0), await env.B.counted(0)],
  "/reserved-and-handler-names": async (env) => [await settle(env.B.alarm(1)), await settle(env.B.dup(1)), await settle(env.B.nested.connect(1)), await settle(env.B.scheduled(1)), await settle(env.B.queue(1))],
  "/fetch": async (env) => (await env.B.fetch("http://b/x", { method: "PATCH" })).text(),
  "/throws": (env) => env.B.throws("t"),
  "/object-proto": async (env) => [await settle(env.B.nested.valueOf), await settle(env.B.missing(1))],
};
