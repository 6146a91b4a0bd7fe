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

const tests = {
  "/symbols": async (env) => { const s = await env.B.make("s"); const p = env.B.make("p"); const f = await env.B.makeFn(); return [typeof Symbol.dispose, typeof Symbol.asyncDispose, typeof s[Symbol.dispose], typeof s[Symbol.asyncDispose], typeof p[Symbol.dispose], typeof p[Symbol.asyncDispose], typeof env.B[Symbol.dispose], typeof env.B[Symbol.asyncDispose], typeof f[Symbol.dispose], typeof env.B.make[Symbol.dispose], String(Symbol.dispose), String(Symbol.asyncDispose)]; },
  "/disposable-stack": async (env) => { if (typeof DisposableStack !== "function") return "no DisposableStack"; const st = new DisposableStack(); const s = st.use(await env.B.make("ds")); const a = await s.ping(); st.dispose(); await new Promise((res) => setTimeout(res, 20)); try { await s.ping(); } catch (e) { return [a, e.message, await env.B.log()]; } return [a, "no error"]; },
  "/async-disposable-stack": async (env) => { if (typeof AsyncDisposableStack !== "function") return "no AsyncDisposableStack"; const st = new AsyncDisposableStack(); const s = st.use(await env.B.make("ads")); await st.disposeAsync(); try { await s.ping(); } catch (e) { return e.message; } return "no error"; },
  "/suppressed-error": () => { const e = new SuppressedError(new Error("a"), new TypeError("b"), "msg"); const e2 = new SuppressedError(1, 2); return [typeof SuppressedError, e instanceof Error, e.name, e.message, e.error.message, e.suppressed.message, Object.getOwnPropertyNames(e).sort(), "message" in e2 && Object.hasOwn(e2, "message"), e2.error, Object.prototype.toString.call(e), SuppressedError.length, String(e2)]; },
  "/stack-order-and-errors": () => { const log = []; const st = new DisposableStack(); st.defer(() => log.push("d1")); st.use({ [Symbol.dispose]() { log.push("u1"); throw new Error("first"); } }); st.adopt(5, (v) => { log.push("a" + v); throw new Error("second"); }); st.use(null); st.use(undefined); let err; try { st.dispose(); } catch (e) { err = e; } return [log, err.constructor.name, err.message, err.error && err.error.message, err.suppressed && err.suppressed.message, st.disposed, st.dispose()]; },
  "/stack-move-and-shape": () => { const st = new DisposableStack(); const log = []; st.defer(() => log.push("x")); const m = st.move(); const r = [st.disposed, m.disposed, Object.prototype.toString.call(m), DisposableStack.prototype[Symbol.dispose] === DisposableStack.prototype.dispose, typeof DisposableStack.prototype.move, DisposableStack.name, DisposableStack.length]; m.dispose(); let e1; try { st.use({ [Symbol.dispose]() {} }); } catch (e) { e1 = e.constructor.name; } let e2; try { new DisposableStack().use(5); } catch (e) { e2 = e.constructor.name; } let e3; try { DisposableStack(); } catch (e) { e3 = e.constructor.name; } let e4; try { new DisposableStack().use({}); } catch (e) { e4 = e.constructor.name; } return [r, log, e1, e2, e3, e4]; },
  "/async-stack": async () => { const log = []; const st = new AsyncDisposableStack(); st.use({ async [Symbol.asyncDispose]() { await null; log.push("async"); } }); st.use({ [Symbol.dispose]() { log.push("sync"); } }); st.defer(async () => log.push("deferred")); const p = st.disposeAsync(); const r = [p instanceof Promise, await p, log, st.disposed, AsyncDisposableStack.prototype[Symbol.asyncDispose] === AsyncDisposableStack.prototype.disposeAsync, Object.prototype.toString.call(st)]; return r; },
  "/dispose-result-value": async (env) => { const s = await env.B.make("r"); const r = s[Symbol.dispose](); const r2 = s[Symbol.dispose](); return [r, r2]; },
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
