async function masked(fn) {
  try {
    return await fn();
  } catch (e) {
    e.message = e.message.replace(/reference = [0-9a-z]+/, "reference = <id>");
    throw e;
  }
}
const settle = (p) => masked(() => p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const both = async (b, call) => [await settle(call(b)), await settle(b.fetch("http://x/").then((r) => r.text()))];
const tests = {
  "/rpctarget-default": (env) => both(env.T, (b) => b.who()),
  "/function-default": (env) => both(env.F, (b) => b.who()),
  "/durable-object-default": (env) => both(env.D, (b) => b.who()),
  "/instance-default": async (env) => [...await both(env.I, (b) => b.who(1)), await settle(env.I.own(2))],
  "/empty-entrypoint": async (env) => [...await both(env.E, (b) => b.who()), await settle(env.E.constructor), await settle(env.E.fetch)],
};
