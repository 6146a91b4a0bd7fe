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

class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } }
const tests = {
  "/reentrant": async (env) => env.B.outer(async (x) => { const a = await env.B.inner(x); const b = await env.B.inner("again"); return `${a},${b}`; }),
  "/cb-throws-classes": async (env) => {
    const out = [];
    for (const make of [() => new TypeError("t"), () => new SyntaxError("s"), () => new MyErr("custom"), () => new DOMException("dom", "AbortError"), () => "str", () => 42, () => ({ o: 1 }), () => new AggregateError([new Error("x")], "agg")]) {
      out.push(await env.B.report(() => { throw make(); }));
    }
    return out;
  },
  "/cb-rejects-async": async (env) => env.B.report(async () => { await new Promise((r) => setTimeout(r, 2)); throw new RangeError("late reject"); }),
  "/cb-throw-rethrown-custom": async (env) => env.B.rethrow(() => { throw new MyErr("twice over"); }),
  "/cb-throw-rethrown-dom": async (env) => env.B.rethrow(() => { throw new DOMException("gone", "NotFoundError"); }),
  "/cb-returns-fn": async (env) => env.B.useReturned(() => ({ fn: (n) => n + 100, data: "d" })),
  "/cb-returns-target": async (env) => {
    const { RpcTarget } = await import("cloudflare:workers");
    class T extends RpcTarget { hi(who) { return `hi ${who} from caller target`; } }
    return env.B.useTarget(() => new T());
  },
  "/cb-returns-stub-back": async (env) => env.B.giveBack((fn) => fn),
  "/cb-gets-helper": async (env) => env.B.giveHelper(async (h) => [typeof h, await h.twice(21)]),
  "/cb-concurrent": async (env) => { let n = 0; const r = await env.B.concurrent(async (i) => { n++; await new Promise((res) => setTimeout(res, 6 - i)); return i * n; }); return [r.length, n]; },
  "/cb-await-prop": async (env) => { const f = () => "called"; f.label = "lbl"; f.nested = { v: 5 }; return env.B.awaitProp(f); },
  "/cb-after-return": async (env) => { await env.B.keepIt((x) => `kept ${x}`); return env.B.callKeptLater(); },
  "/cb-waituntil-after-return": async (env) => { await env.B.keepAndCallWithWaitUntil(() => "x"); await new Promise((r) => setTimeout(r, 60)); return env.B.readKept(); },
  "/cb-unawaited-by-callee": async (env) => { let ran = "no"; const r = await env.B.callDuring(async () => { ran = "started"; await new Promise((res) => setTimeout(res, 5)); ran = "finished"; }); await new Promise((res) => setTimeout(res, 30)); return [r, ran]; },
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
