const tests = {
  "/keys": (env) => Object.keys(env),
  "/proto": (env) => [Object.getPrototypeOf(env) === Object.prototype, env.polluted, Object.getOwnPropertyNames(env).includes("__proto__"), JSON.stringify(Object.getOwnPropertyDescriptor(env, "__proto__"))],
  "/values": (env) => [typeof env.hasOwnProperty, env.toString, env.valueOf, env.then, env.constructor],
  "/awaitable": async (env) => (await Promise.resolve(env)) === env,
  "/nested-var": (env) => [Object.keys(env.NESTED), env.NESTED.deep, Object.getPrototypeOf(env.NESTED) === Object.prototype],
  "/props": (env) => env.B.props(),
  "/send-env": async (env) => { try { return await env.B.echo({ ...env, B: undefined, NESTED: undefined }); } catch (e) { return showErr(e); } },
};
