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

import { RpcTarget } from "cloudflare:workers";
const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
class Local extends RpcTarget {
  constructor() { super(); this.n = 0; }
  hit(from) { this.n++; return `hit ${this.n} from ${from}`; }
  get count() { return this.n; }
}
const tests = {
  "/callback-two-hops": async (env) => {
    const seen = [];
    const r = await env.B.relayCallback((x) => { seen.push(x); return `a got ${x}`; });
    return [r, seen];
  },
  "/target-two-hops": async (env) => {
    const t = new Local();
    const r = await env.B.relayTarget(t);
    return [r, t.n];
  },
  "/c-target-via-b": async (env) => {
    const s = await env.B.fromC("leaf");
    return [typeof s, await s.name(), await s.bump(), await s.bump()];
  },
  "/c-target-via-b-pipelined": async (env) => {
    return [await env.B.fromC("pp").name(), await env.B.fromC("pp").child.name()];
  },
  "/round-trip-three-workers": async (env) => {
    const t = new Local();
    const back = await env.B.bounce(t);
    return [back === t, typeof back, await tryIt(() => back.hit("a")), t.n];
  },
  "/errors-two-hops": async (env) => {
    return [await tryIt(() => env.B.awaitC("range")), await tryIt(() => env.B.returnC("range")), await tryIt(() => env.B.awaitC("custom"))];
  },
  "/b-returns-c-promise": async (env) => {
    return [await env.B.returnCValue(4), await env.B.returnCObject()];
  },
  "/fn-props-two-hops": async (env) => {
    const f = (x) => `f ${x}`;
    f.meta = { tag: "m" };
    return env.B.relayFnProps(f);
  },
  "/same-target-twice-two-hops": async (env) => {
    const t = new Local();
    return env.B.relayTwice(t);
  },
  "/c-callback-into-b-and-a": async (env) => {
    return env.B.nested((s) => `a(${s})`);
  },
  "/stub-from-c-kept-after-b-returned": async (env) => {
    const s = await env.B.fromC("kept");
    await new Promise((r) => setTimeout(r, 50));
    return [await tryIt(() => s.name()), await tryIt(() => s.bump())];
  },
  "/dispose-forwarded-stub": async (env) => {
    const s = await env.B.fromC("disp");
    const d = s.dup();
    s[Symbol.dispose]();
    return [await tryIt(() => s.name()), await tryIt(() => d.name())];
  },
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
