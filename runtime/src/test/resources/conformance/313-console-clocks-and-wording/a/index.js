// ---- value rendering helpers (identical in every case that uses them) ----
function show(v, stack = []) {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  switch (typeof v) {
    case "number": return Object.is(v, -0) ? "-0" : String(v);
    case "bigint": return `${v}n`;
    case "string": return JSON.stringify(v);
    case "boolean": return String(v);
    case "symbol": return `Symbol(${v.description ?? ""})`;
    case "function": return "function";
  }
  if (stack.includes(v)) return `<cycle ${stack.length - stack.indexOf(v)} up>`;
  stack = [...stack, v];
  if (v instanceof Error) return showErr(v);
  if (v instanceof Number || v instanceof String || v instanceof Boolean || Object.prototype.toString.call(v) === "[object BigInt]") {
    return `${v.constructor.name}Object(${show(v.valueOf())})`;
  }
  if (v instanceof Date) return `Date(${isNaN(v) ? "Invalid" : v.toISOString()})`;
  if (v instanceof RegExp) return `RegExp(/${v.source}/${v.flags} lastIndex=${v.lastIndex})`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${show(k, stack)} => ${show(x, stack)}`).join(", ")}}`;
  if (v instanceof Set) return `Set{${[...v].map((x) => show(x, stack)).join(", ")}}`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${[...new Uint8Array(v)].join(",")})`;
  if (v instanceof DataView) return `DataView(${[...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)].join(",")})`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${[...v].map((x) => show(x)).join(",")})`;
  if (Array.isArray(v)) {
    const items = [];
    for (let i = 0; i < v.length; i++) items.push(i in v ? show(v[i], stack) : "<hole>");
    return `[${items.join(", ")}]`;
  }
  const proto = Object.getPrototypeOf(v);
  const kind = proto === Object.prototype ? "" : proto === null ? "<null-proto>" : `${v.constructor?.name ?? "?"}`;
  return `${kind}{${Object.keys(v).map((k) => `${k}: ${show(v[k], stack)}`).join(", ")}}`;
}
function showErr(e) {
  if (!(e instanceof Error)) return `non-Error ${show(e)}`;
  const extra = Object.getOwnPropertyNames(e)
    .filter((k) => k !== "stack" && k !== "message")
    .sort()
    .map((k) => `${k}=${show(e[k])}`);
  return [e.constructor.name, `name=${e.name}`, `message=${JSON.stringify(e.message)}`, ...extra].join(" ");
}


const settle = (p) => Promise.resolve(p).then((v) => `ok ${show(v)}`, (e) => `${e.constructor.name}: ${e.message}${e.remote ? " (remote)" : ""}`);

class Local { run(f) { try { f.call(this); return "no error"; } catch (e) { return e.message; } } }
const tests = {
  "/console-shape": () => { const p = Object.getPrototypeOf(console); return [p === Object.prototype, Object.getPrototypeOf(p) === Object.prototype, Object.getOwnPropertyNames(p), Object.prototype.toString.call(console), Object.keys(console).length, Object.keys(console).slice(0, 5), Object.getOwnPropertySymbols(console).map(String), Object.getOwnPropertyDescriptor(console, "log").enumerable, typeof console.constructor]; },
  "/console-methods": () => ["time", "timeLog", "timeEnd", "count", "countReset", "group", "groupCollapsed", "groupEnd", "table", "dir", "dirxml", "trace", "assert", "clear", "profile", "profileEnd", "timeStamp"].map((m) => `${m}:${typeof console[m]}:${console[m]("label") === undefined}`),
  "/console-over-rpc": async (env) => [await settle(env.B.console()), await settle(env.B.burn.call(null, console)), (() => { try { structuredClone(console); return "cloned"; } catch (e) { return `${e.name}: ${e.message}`; } })()],
  "/clocks": async (env) => { const a = Date.now(); const c = performance.now(); return [Number.isInteger(c), c > 1.7e12, Math.abs(c - a) < 50, performance.timeOrigin, await env.B.clocks()]; },
  "/cpu-bound-callee": async (env) => [await env.B.burn(2_000_000), await env.B.burn(5_000_000)],
  "/cpu-bound-in-parallel": async (env) => (await Promise.all([env.B.burn(1_000_000), env.B.burn(1_000_000), env.B.burn(1_000_000)])).map((r) => r[0]),
  "/cpu-bound-fetch": async (env) => (await env.B.fetch("http://b/?n=3000000")).text(),
  "/this-wording-local": () => { const l = new Local(); l.a = {}; return [l.run(function () { this.missing(); }), l.run(function () { this.a.missing(); }), l.run(function () { new this.a.X(); }), l.run(function () { this.a["k-1"](); })]; },
  "/this-wording-callee": async (env) => [await env.B.thisErrors(), await settle(env.B.thisThrows())],
};

export default {
  async fetch(request, env, ctx) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      return new Response(`ok ${show(await test(env, ctx, request))}`);
    } catch (e) {
      return new Response(`threw ${showErr(e)}`);
    }
  },
};
