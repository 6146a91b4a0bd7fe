import { RpcTarget } from "cloudflare:workers";
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

class Counter extends RpcTarget {
  #secret = 1;
  field = "f";
  arrow = () => "arrow";
  static staticOne() { return "s"; }
  constructor(start = 0) { super(); this.n = start; this.log = []; }
  inc(by = 1) { this.log.push(by); this.n += by; return this.n; }
  get total() { return this.n; }
  priv() { return this.#secret; }
  boom() { throw new RangeError("boom in caller target"); }
  child(name) { return new Child(name); }
  async callWith(m) { return [await m.hello(1), typeof m]; }
  fetch(x) { return `fetch ${x}`; }
  connect() { return "connect"; }
  alarm() { return "alarm"; }
  get adder() { return (a, b) => a + b; }
}
class Child extends RpcTarget { constructor(n) { super(); this.n = n; } label() { return `child ${this.n}`; } get name() { return this.n; } }
const tests = {
  "/use-it": async (env) => { const c = new Counter(10); const r = await env.B.useIt(c); return [r, c.n, c.log]; },
  "/hidden-members": async (env) => env.B.hidden(new Counter()),
  "/read-field": async (env) => env.B.readField(new Counter()),
  "/throws-in-caller-target": async (env) => [await env.B.throwsIn(new Counter()), await settle(env.B.rethrows(new Counter()))],
  "/pipelined-on-arg": async (env) => [await settle(env.B.pipelined(new Counter())), await settle(env.B.childTarget(new Counter()))],
  "/echo-back": async (env) => { const c = new Counter(3); const back = await env.B.echoBack(c); return [back === c, back instanceof Counter, typeof back, await settle(back.inc()), c.n, await settle(back.total)]; },
  "/in-object": async (env) => { const a = new Counter(1), b = new Counter(2), d = new Counter(3); const r = await env.B.inObject({ t: a, list: [b], map: new Map([["k", d]]) }); return [r, a.n, b.n, d.n]; },
  "/callee-target-to-caller-target": async (env) => env.B.callOwnTargetWithIt(new Counter()),
  "/unawaited-in-callee": async (env) => { const c = new Counter(); const r = await env.B.unawaited(c); await new Promise((res) => setTimeout(res, 50)); return [r, c.n, c.log]; },
  "/reserved-like-methods": async (env) => settle(env.B.fetchMethod(new Counter())),
  "/kept-by-callee": async (env) => { const c = new Counter(); const a = await env.B.keep(c); const b = await env.B.useKept(); return [a, b, c.n]; },
  "/same-twice": async (env) => { const c = new Counter(); return [await env.B.twoArgs(c, c), c.n]; },
  "/getter-fn": async (env) => settle(env.B.getterFn(new Counter())),
  "/callee-disposes": async (env) => { const c = new Counter(); return [await env.B.disposeIt(c), c.n]; },
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
