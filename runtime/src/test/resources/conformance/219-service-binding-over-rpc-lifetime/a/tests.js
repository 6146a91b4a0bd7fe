const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/store": (env) => env.B.store(env.C_ADMIN),
  "/use-stored-later": (env) => settle(env.B.useStored()),
  "/returned-kept": async (env) => { globalThis.kept = await env.B.giveC(); return settle(globalThis.kept.who()); },
  "/returned-used-later": (env) => settle(globalThis.kept.who()),
  "/dispose-received": async (env) => { const c = await env.B.giveC(); const d = typeof c[Symbol.dispose]; return [d, await settle(c.who())]; },
};
