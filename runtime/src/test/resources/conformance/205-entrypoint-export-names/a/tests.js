async function masked(fn) {
  try {
    return await fn();
  } catch (e) {
    e.message = e.message.replace(/reference = [0-9a-z]+/, "reference = <id>");
    throw e;
  }
}
const settle = (p) => masked(() => p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/reserved-export-names": async (env) => [await settle(env.ALARM.who()), await settle(env.FETCH.who()), await settle(env.THEN.who()), await settle(env.CTOR.who()), await settle(env.SPACE.who()), await settle(env.TOSTR.who())],
  "/reserved-export-fetch": async (env) => [await settle(env.ALARM.fetch("http://x/").then((r) => r.text())), await settle(env.FETCH.fetch("http://x/").then((r) => r.text()))],
  "/plain-class-export": async (env) => [await settle(env.PLAINCLS.who()), await settle(env.PLAINCLS.fetch("http://x/").then((r) => r.text()))],
  "/rpctarget-class-export": async (env) => [await settle(env.TARGET.who()), await settle(env.TARGET.fetch("http://x/").then((r) => r.text()))],
  "/class-instance-export": async (env) => [await settle(env.INST.who("i")), await settle(env.INST.own("o")), await settle(env.INST.fetch("http://x/").then((r) => r.text()))],
  "/arrow-export": async (env) => [await settle(env.ARROW.who()), await settle(env.ARROW.fetch("http://x/").then((r) => r.text()))],
  "/frozen-object-export": async (env) => [await settle(env.FROZEN.who("f")), await settle(env.FROZEN.data)],
  "/nested-object-export": async (env) => [await settle(env.NULLPROTO.inner.who("n")), await settle(env.NULLPROTO.inner.arr)],
};
