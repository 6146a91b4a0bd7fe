const tests = {
  "/env-keys": (env) => Object.keys(env),
  "/var-types": (env) => ["STR", "EMPTY", "NUM", "FLOAT", "BOOL", "NULLV", "ARR", "OBJ", "JSON_LOOKING", "with-dash", "ünï"].map((k) => `${k}:${typeof env[k]}:${JSON.stringify(env[k])}`),
  "/env-object": (env) => [Object.getPrototypeOf(env) === Object.prototype, Object.isFrozen(env), Object.isFrozen(env.OBJ), Object.getOwnPropertyDescriptor(env, "STR").writable, Object.prototype.toString.call(env)],
  "/var-mutate": (env) => { env.OBJ.added = 1; const r = JSON.stringify(env.OBJ); delete env.OBJ.added; return r; },
  "/binding-named-then": async (env) => [typeof env.then, String(env.then), await env["then"].hi(), Object.keys(await Promise.resolve(env)).length],
  "/binding-named-constructor": async (env) => [String(env.constructor), env.constructor === Object, await env.constructor.hi()],
  "/binding-odd-name": (env) => env["MY-SVC.v2"].props(),
  "/props-shapes": async (env) => [await env["MY-SVC.v2"].propsShape(), await env.P_STR.propsShape(), await env.P_EMPTY.propsShape()],
  "/props-values": (env) => env.P_STR.props(),
  "/props-in-fetch": async (env) => (await env.P_STR.fetch("http://x/")).text(),
};
