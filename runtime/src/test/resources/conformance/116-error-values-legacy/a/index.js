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

class MyErr extends RangeError { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } }
async function both(env, make) {
  const calleeSaw = await env.B.describe(make());
  const roundTrip = show(await env.B.echo(make()));
  return `callee saw ${calleeSaw} | round trip ${roundTrip}`;
}
const tests = {
  "/every-builtin-class": async (env) => [await env.B.describe([new EvalError("ev"), new URIError("uri"), new SyntaxError("syn"), new ReferenceError("ref"), new RangeError("rng"), new TypeError("typ"), new Error("err")]), await env.B.retErrors()],
  "/aggregate-subclass-props": async (env) => [await env.B.info(new AggregateError([new Error("x")], "agg", { cause: "c" })), await env.B.info(Object.assign(new MyErr("sub"), { status: 500 }))],
  "/cause-kinds": (env) => both(env, () => [new Error("a", { cause: undefined }), new Error("b", { cause: null }), new Error("c", { cause: { k: [1] } }), new Error("d", { cause: 5n }), new Error("e", { cause: new TypeError("inner", { cause: "deepest" }) })]),
  "/cause-cycle": async (env) => { const e = new Error("cyc"); e.cause = e; const r = await env.B.echo(e); const back = await env.B.retCauseCycle(); return [r.cause === r, back.cause === back]; },
  "/cause-unusual": async (env) => { const hidden = new Error("x"); Object.defineProperty(hidden, "cause", { value: "hidden", enumerable: false }); const inherited = Object.setPrototypeOf(new Error("y"), Object.assign(Object.create(Error.prototype), { cause: "proto" })); return [await env.B.info(hidden), await env.B.info(inherited), await env.B.describe(new Error("f", { cause: () => 1 }))]; },
  "/renamed-errors": async (env) => { const a = new Error("n"); a.name = 42; const b = new Error("n"); b.name = "TypeError"; const c = new TypeError("n"); c.name = "AggregateError"; return [await env.B.info(a), await env.B.info(b), await env.B.info(c)]; },
  "/message-not-own-data": async (env) => { const a = new Error("x"); a.message = { a: 1 }; const b = new RangeError("x"); delete b.message; const c = new Error("x"); Object.defineProperty(c, "message", { get() { return "from getter"; } }); return [await env.B.info(a), await env.B.info(b), await env.B.info(c), await env.B.info(new Error())]; },
  "/stack-kept-or-missing": async (env) => { const e = new TypeError("ns"); delete e.stack; const back = await env.B.retNoStack(); return [await env.B.stackInfo(e), await env.B.stackInfo(new TypeError("st")), typeof back.stack, Object.getOwnPropertyNames(back).includes("stack")]; },
  "/nested-in-collections": (env) => both(env, () => new Map([["e", new URIError("in map")], [new SyntaxError("as key"), new Set([new EvalError("s")])]])),
  "/same-error-twice": async (env) => { const e = new Error("same"); const [a, b] = await env.B.echo([e, e]); return a === b; },
  "/dom-exception-values": async (env) => [await env.B.describe([new DOMException("m1"), new DOMException("m2", "DataCloneError"), new DOMException("m3", "CustomName"), Object.assign(new DOMException("m5", "NotFoundError"), { extra: 1 })]), await env.B.retDom()],
  "/dom-exception-subclass": async (env) => { class MyDom extends DOMException {} return env.B.info(new MyDom("sub", "AbortError")); },
  "/inherits-error-prototype": async (env) => { try { return await env.B.info(Object.create(Error.prototype)); } catch (e) { return showErr(e); } },
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
