const P = (x) => Object.getPrototypeOf(x);
const tests = {
  "/shape": (env) => [typeof env.B.add, Object.getOwnPropertyNames(env.B.add), Object.getOwnPropertyNames(P(env.B.add)).sort(), P(P(env.B.add)) === Object.prototype, env.B.add instanceof Function, env.B.add instanceof Object],
  "/tostring": (env) => [String(env.B.add), Object.prototype.toString.call(env.B.add), `${env.B.deep.er}`, env.B.add.valueOf() === env.B.add],
  "/local-members": (env) => [typeof env.B.add.toString, env.B.add.hasOwnProperty("x"), env.B.add.constructor.name, typeof env.B.add.prototype, typeof env.B.add.then, typeof env.B.add.catch],
  "/new-constructor": (env) => new env.B.add.constructor(),
  "/destructured": async (env) => { const { add } = env.B; return await add(1, 2); },
  "/call": (env) => env.B.add.call(null, 1, 2),
  "/apply": (env) => env.B.add.apply(undefined, [4, 5]),
  "/bind": async (env) => { const bound = env.B.add.bind(null, 10); return [typeof bound, Object.prototype.toString.call(bound), await bound(20).catch(showErr)]; },
  "/name-length": async (env) => [typeof env.B.add.name, await env.B.add.name, await env.B.add.length],
  "/index-below": (env) => [typeof env.B.add[0], typeof env.B.label["3"], "0" in env.B.add, "x" in env.B.add],
  "/then-catch": async (env) => [await env.B.label.then((v) => `then got ${v}`), await env.B.missing.catch((e) => `catch got ${e.message}`)],
  "/structured-clone": (env) => [env.B, env, env.B.add].map((v) => { try { structuredClone(v); return "cloned"; } catch (e) { return `${e.name}: ${e.message}`; } }),
  "/getter-not-callable": (env) => env.B.label(),
};
