const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const text = (p) => p.then((r) => r.text());
const tests = {
  "/odd-method-names": async (env) => [await settle(env.B["a.b"]()), await settle(env.B[""]()), await settle(env.B["ünï"]()), await settle(env.B["a.b"].c), await settle(env.B["-1"]())],
  "/fetch-as-field": (env) => settle(text(env.FIELD.fetch("http://x/field"))),
  "/fetch-as-getter": (env) => settle(text(env.GETTER.fetch("http://x/getter"))),
  "/fetch-not-a-function": async (env) => [await settle(text(env.STRING.fetch("http://x/"))), await settle(text(env.OBJSTR.fetch("http://x/")))],
  "/one-class-two-names": async (env) => [await env.X.who(), await env.Y.who()],
};
