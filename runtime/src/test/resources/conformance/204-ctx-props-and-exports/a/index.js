import { WorkerEntrypoint } from "cloudflare:workers";
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


export class Alpha extends WorkerEntrypoint {
  who() { return `Alpha props=${JSON.stringify(this.ctx.props)}`; }
  fetch(req) { return new Response(`Alpha fetch ${new URL(req.url).pathname} props=${JSON.stringify(this.ctx.props)}`); }
}
export class Beta extends WorkerEntrypoint {
  who() { return `Beta props=${JSON.stringify(this.ctx.props)}`; }
  async viaAlpha() { return this.ctx.exports.Alpha({ props: { from: "beta" } }).who(); }
}
export const helper = { who(arg, env, ctx) { return `helper ${arg} props=${JSON.stringify(ctx.props)}`; } };
const tests = {
  "/props-order": (env) => env.ORDER.props(),
  "/props-keys": (env) => env.ORDER.keys(),
  "/props-identity": (env) => env.ORDER.identity(),
  "/props-absent": async (env) => [await env.PLAIN.props(), await env.PLAIN.identity()],
  "/props-object-export": async (env) => [await env.OBJP.who("x"), await (await env.OBJP.fetch("http://o/p")).text()],
  "/exports-keys": (env, ctx) => [Object.keys(ctx.exports), "Alpha" in ctx.exports, "Missing" in ctx.exports, typeof ctx.exports.Missing, ctx.exports.Alpha === ctx.exports.Alpha],
  "/exports-calls": async (env, ctx) => [await ctx.exports.Alpha.who(), await ctx.exports.Beta.who(), await ctx.exports.helper.who("h")],
  "/exports-props": async (env, ctx) => [await ctx.exports.Alpha({ props: { n: 1, nested: { list: [1, 2] } } }).who(), await ctx.exports.helper({ props: { h: true } }).who("p"), await ctx.exports.Beta.viaAlpha()],
  "/exports-fetch-props": async (env, ctx) => (await ctx.exports.Alpha({ props: { f: 1 } }).fetch("http://self/path")).text(),
  "/exports-default-rpc": async (env, ctx) => { try { return await ctx.exports.default.who(); } catch (e) { return showErr(e); } },
  "/exports-props-mutation": async (env, ctx) => { const p = { m: 1 }; const s = ctx.exports.Alpha({ props: p }); p.m = 2; return s.who(); },
  "/callee-exports": (env) => env.PLAIN.exportsView(),
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
