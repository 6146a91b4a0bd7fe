const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/thenable-rejects": (env) => settle(env.B.thenableRejects()),
  "/thenable-then-throws": (env) => settle(env.B.thenThrows()),
  "/thenable-getter-throws": (env) => settle(env.B.thenGetterThrows()),
  "/nested-thenables": (env) => settle(env.B.nestedThenables()),
  "/then-not-function": (env) => settle(env.B.thenData()),
  "/promise-subclass": (env) => settle(env.B.promiseSubclass()),
  "/async-returns-function": async (env) => { const f = await env.B.asyncFn(); return [typeof f, await f(4)]; },
  "/sync-then-pipelined": (env) => settle(env.B.asyncObj().inner.deep),
  "/getter-returns-promise": (env) => settle(env.B.promised),
  "/getter-returns-thenable-then-call": (env) => settle(env.B.promisedFn(3)),
};
