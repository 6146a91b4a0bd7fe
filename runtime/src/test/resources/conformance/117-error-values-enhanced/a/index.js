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

function callerMakes(m) { return new Error(m); }
async function attempt(f) { try { return await f(); } catch (e) { return showErr(e); } }
const tests = {
  "/keys-and-order": (env) => { const e = callerMakes("v"); e.code = 1; e.name = "Custom"; e.cause = "c"; return env.B.keys(e); },
  "/own-properties": (env) => { const e = new TypeError("v"); Object.defineProperty(e, "hidden", { value: 1, enumerable: false }); e.shown = 2; e[Symbol("s")] = 3; Object.defineProperty(e, "g", { get: () => "got", enumerable: true }); return env.B.describe(e); },
  "/names": async (env) => { const a = new Error("n"); a.name = 42; const b = new Error("n"); b.name = "TypeError"; const c = new RangeError("n"); c.name = "AggregateError"; class MyErr extends Error {} const d = new MyErr("n"); d.name = "MyErr"; return env.B.describe([a, b, c, d]); },
  "/message-getter-and-missing": async (env) => { const e = new Error("n"); Object.defineProperty(e, "message", { get: () => "got" }); return [await env.B.describe(e), await env.B.keys(new Error())]; },
  "/message-not-a-string": (env) => attempt(() => { const e = new Error("n"); e.message = 42; return env.B.describe(e); }),
  "/cause-referring-back": async (env) => [await attempt(() => { const e = new Error("cyc"); e.cause = e; return env.B.describe(e); }), await attempt(() => { const e = new Error("cyc"); e.data = { e }; return env.B.describe(e); })],
  "/same-error-twice": async (env) => { const e = new Error("twice"); const r = await env.B.echo([e, e]); return r[0] === r[1]; },
  "/unserializable-props": async (env) => { class P {} const a = new Error("ci"); a.p = new P(); const b = new Error("fp"); b.f = () => 1; const c = new Error("sp"); c.s = Symbol("x"); return [await attempt(() => env.B.describe(a)), await attempt(() => env.B.describe(b)), await attempt(() => env.B.describe(c))]; },
  "/aggregate-and-dom": async (env) => [await env.B.describe(new AggregateError([new Error("a"), 1], "agg", { cause: "why" })), await env.B.describe(Object.assign(new DOMException("d", "AbortError"), { extra: 1 }))],
  "/returned-error": async (env) => { const e = await env.B.retErr(); return [Object.keys(e), String(e.stack).split("\n")[0], String(e.stack).includes("makeErrInCallee")]; },
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
