// Errors GraalJS raises in other words than V8, caught by the worker itself.
const env0 = { B: {} };
let u; const o = { a: {} }; const arr = [];
const tests = {
  "/idx-str": () => env0.B["42"](),
  "/idx-str-single": () => env0.B['7'](),
  "/idx-num": () => env0.B[42](),
  "/idx-dash": () => env0.B["foo-bar"](),
  "/idx-ident": () => env0.B["foo"](),
  "/idx-var": () => { const k = "x"; return env0.B[k](); },
  "/chain-str": () => o["a"]["b"](),
  "/call-result": () => { const f = () => undefined; return f()(); },
  "/new-str": () => new o["a"]["x"](),
  "/read-undef": () => u.x,
  "/read-null": () => { const n = null; return n.x; },
  "/read-nested": () => o.b.c,
  "/read-idx": () => u[0],
  "/read-sym": () => u[Symbol("s")],
  "/set-undef": () => { u.x = 1; },
  "/const": () => { const q = 1; q = 2; },
  "/not-iterable": () => { for (const x of 5) {} },
  "/not-iterable-obj": () => { const [a] = {}; return a; },
  "/frozen": () => { "use strict"; Object.freeze(o).z = 1; },
  "/json-parse-empty": () => JSON.parse(""),
  "/instanceof": () => ({}) instanceof 5,
  "/method-undef": () => arr.nothing(),
  "/await-member": async () => (await Promise.resolve(undefined)).x,
};
export default {
  async fetch(request) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${String(await test())}`);
    } catch (e) {
      return new Response(`threw ${e.constructor.name} ${JSON.stringify(e.message)}`);
    }
  },
};
