const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/spread-holes": (env) => env.B.inspect(...[1, , 3]),
  "/trailing-undefined": (env) => env.B.inspect(1, undefined, undefined),
  "/many-args": async (env) => (await env.B.inspect(...Array.from({ length: 300 }, (_, i) => i))).count,
  "/reflect-apply": async (env) => [await settle(Reflect.apply(env.B.inspect, null, ["r", 2])), await settle(Function.prototype.call.call(env.B.inspect, null, "c")), await settle(Function.prototype.apply.call(env.B.inspect, undefined, ["a", "b"]))],
  "/new-on-method": (env) => { try { return new env.B.inspect(1); } catch (e) { return showErr(e); } },
  "/defaults-and-rest": async (env) => [await env.B.mixed(), await env.B.mixed(undefined, undefined, 5), await env.B.mixed(null, 0, 1, 2)],
  "/arguments-object": async (env) => [await env.B.usesArguments(), await env.B.usesArguments(undefined), await env.B.usesArguments(1, [2], { three: 3 })],
  "/returns-this-variants": async (env) => [await settle(env.B.chain()), await settle(env.B.self())],
  "/handler-arity": async (env) => [await settle(env.H.huge(1)), await settle(env.H.negative(1)), await settle(env.H.stringy(1)), await settle(env.H.two(1)), await settle(env.H.bound(1))],
  "/handler-rpctarget-path": async (env) => [await settle(env.H.tool.m(1)), await settle(env.H.tool.m(1, 2))],
};
