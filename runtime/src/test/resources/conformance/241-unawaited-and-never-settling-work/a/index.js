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

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const tryIt = async (f) => { try { return show(await f()); } catch (e) { return showErr(e); } };
const tests = {
  "/binding-order-mixed-delays": async (env) => {
    await env.B.reset();
    const ps = [env.B.recAfter("slow", 40), env.B.rec("fast1"), env.B.recAfter("mid", 15), env.B.rec("fast2")];
    const r = await Promise.all(ps);
    return [r, await env.B.read()];
  },
  "/stub-order-with-slow-first": async (env) => {
    await env.B.reset();
    const t = await env.B.target();
    const ps = [t.recAfter("s1", 30), t.rec("q1"), t.rec("q2")];
    const r = await Promise.all(ps);
    return [r, await env.B.read()];
  },
  "/race-never-vs-quick-on-target": async (env) => {
    const t = await env.B.target();
    const never = t.never();
    const r = await Promise.race([never, t.quick("q")]);
    return [r, await t.quick("after never")];
  },
  "/allsettled-hang-and-quick": async (env) => {
    const rs = await Promise.allSettled([env.B.hang(), env.B.quick("b")]);
    return rs.map((r) => r.status === "fulfilled" ? `ok ${show(r.value)}` : showErr(r.reason));
  },
  "/callee-leaves-callback-pending": async (env) => {
    return env.B.fireCallback(() => new Promise(() => {}));
  },
  "/callee-awaits-never-callback-with-timeout": async (env) => {
    return env.B.raceCallback(() => new Promise(() => {}), 40);
  },
  "/reset-for-after": async (env) => env.B.reset(),
  "/waituntil-calls-after-response": async (env, ctx) => {
    ctx.waitUntil((async () => {
      await pause(30);
      await env.B.rec("wu-after-1");
      const t = await env.B.target();
      await t.rec("wu-after-target");
      await env.B.recAfter("wu-after-2", 20);
    })());
    return "responded";
  },
  "/unawaited-after-response-no-waituntil": async (env) => {
    (async () => { await pause(30); await env.B.rec("lost-after"); })();
    return "responded";
  },
  "/read-after": async (env) => { await pause(200); return env.B.read(); },
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
