const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);
const tests = {
  "/await-twice": async (env) => { const p = env.B.count(); return [await p, await p, await env.B.count()]; },
  "/then-twice": async (env) => { const p = env.B.echo("t"); const a = p.then((v) => `a ${v}`); const b = p.then((v) => `b ${v}`); return [await a, await b]; },
  "/finally-and-catch": async (env) => { let fin = 0; const v = await env.B.echo("f").finally(() => { fin++; }); const c = await env.B.echo("c").catch(() => "caught"); return [v, fin, c]; },
  "/race-and-all": async (env) => [await Promise.race([env.B.slow(50, "slow"), env.B.echo("fast")]), await Promise.all([1, env.B.echo(2), Promise.resolve(3)])],
  "/promise-as-argument": (env) => settle(env.B.echo(env.B.echo("inner"))),
  "/property-as-argument": (env) => settle(env.B.echo(env.B.label)),
  "/promise-in-object-argument": (env) => settle(env.B.echo({ p: env.B.echo("x") })),
  "/returns-target-promise": async (env) => { const t = await env.B.makeTarget(); return [await t.hi(), typeof t]; },
  "/order-of-calls": async (env) => { const out = []; await Promise.all([env.B.slow(30, "a").then((v) => out.push(v)), env.B.slow(1, "b").then((v) => out.push(v)), env.B.echo("c").then((v) => out.push(v))]); return out; },
};
