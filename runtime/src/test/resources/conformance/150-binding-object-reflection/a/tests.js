const P = (x) => Object.getPrototypeOf(x);
const tests = {
  "/tags": (env) => [Object.prototype.toString.call(env.B), `${env.B}`, env.B.toLocaleString(), env.B instanceof Object],
  "/json": (env) => [JSON.stringify(env.B), JSON.stringify({ b: env.B, m: env.B.add }), JSON.stringify([env.B.add]), typeof env.B.toJSON, "toJSON" in env.B],
  "/own-and-proto": (env) => [Object.keys(env.B), Reflect.ownKeys(env.B).length, Object.getOwnPropertyNames(P(env.B)).sort(), Object.keys(P(env.B)), P(P(env.B)) === Object.prototype],
  "/for-in-and-spread": (env) => { const ks = []; for (const k in env.B) ks.push(k); const o = { ...env.B }; return [ks, Object.keys(o), Object.keys(Object.assign({}, env.B))]; },
  "/in-names": (env) => [Symbol.iterator in env.B, "then" in env.B, "0" in env.B, 7 in env.B, "-1" in env.B, "1.5" in env.B, "01" in env.B, "" in env.B, "x y" in env.B, "constructor" in env.B, "catch" in env.B],
  "/typeof-names": (env) => [typeof env.B[0], typeof env.B["4294967294"], typeof env.B["4294967295"], typeof env.B["-1"], typeof env.B[""], typeof env.B[Symbol.iterator], typeof env.B[Symbol.dispose], env.B[Symbol.toStringTag]],
  "/identity": (env) => [env.B === env.B, env.B.add === env.B.add, env.B.fetch === env.B.fetch, env.B.fetch === P(env.B).fetch, env.B.constructor === P(env.B).constructor],
  "/set-shadow-delete": async (env) => {
    env.B.extra = 1;
    env.B.add = () => "local add";
    const seen = [typeof env.B.extra, env.B.add(), Object.keys(env.B), JSON.stringify(env.B)];
    const deleted = [delete env.B.extra, delete env.B.add, delete env.B.fetch, delete env.B.neverSet];
    return [...seen, deleted, typeof env.B.extra, await env.B.add(2, 3), typeof env.B.fetch, Object.keys(env.B)];
  },
  "/define-property": (env) => { Object.defineProperty(env.B, "fixed", { value: 5, enumerable: true, configurable: true }); const r = [env.B.fixed, Object.keys(env.B), Object.isExtensible(env.B), Object.isFrozen(env.B)]; delete env.B.fixed; return r; },
  "/fetch-connect-shape": (env) => [env.B.fetch.name, env.B.fetch.length, env.B.connect.name, env.B.connect.length, Object.getOwnPropertyDescriptor(P(env.B), "fetch").enumerable],
  "/fetch-unbound": async (env) => { const f = env.B.fetch; return (await f("http://b/unbound")).text(); },
  "/fetch-other-this": async (env) => (await env.B.fetch.call({}, "http://b/other")).text(),
  "/fetch-call-binding": async (env) => (await P(env.B).fetch.call(env.B, "http://b/via-proto")).text(),
  "/constructor": (env) => [env.B.constructor.name, env.B.constructor.length, env.B.constructor.prototype === P(env.B), (() => { try { new env.B.constructor(); } catch (e) { return showErr(e); } })()],
  "/awaited": async (env) => [(await env.B) === env.B, (await Promise.resolve(env.B)) === env.B, Promise.resolve(env.B) instanceof Promise],
};
