class MyTypeError extends TypeError {}
const tests = {
  "/aggregate-value": (env) => env.B.describe(new AggregateError([new Error("inner")], "agg")),
  "/subclass-of-typeerror": (env) => env.B.describe(new MyTypeError("sub")),
  "/renamed-typeerror": (env) => { const e = new TypeError("t"); e.name = "RangeError"; return env.B.describe(e); },
  "/error-with-cause": (env) => env.B.describe(new Error("outer", { cause: new RangeError("inner") })),
  "/proxy-object": (env) => env.B.describe(new Proxy({ a: 1 }, {})),
  "/proxy-array": (env) => env.B.describe(new Proxy([1, 2], {})),
  "/object-with-toJSON": (env) => env.B.describe({ a: 1, toJSON() { return "x"; } }),
};
export default {
  async fetch(request, env) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${await test(env)}`);
    } catch (e) {
      return new Response(`threw ${e.constructor.name} name=${e.name}: ${e.message}`);
    }
  },
};
