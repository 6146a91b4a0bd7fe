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
const tests = {
  "/reset": (env) => env.B.reset(),
  "/steps-cut-at-response": async (env) => { env.B.steps("s", [0, 30, 200]); await pause(100); return "responded"; },
  "/waituntil-pause-short": (env, ctx) => { env.B.steps("wp", [0, 30, 200]); ctx.waitUntil(pause(100)); return "responded"; },
  "/waituntil-pause-long": (env, ctx) => { env.B.steps("wl", [0, 30, 200]); ctx.waitUntil(pause(300)); return "responded"; },
  "/waituntil-added-late": async (env, ctx) => { env.B.steps("late", [0, 30, 200]); await pause(10); ctx.waitUntil(pause(300)); return "responded"; },
  "/waituntil-rejecting-at-once": (env, ctx) => { env.B.steps("rj", [0, 30, 200]); ctx.waitUntil(Promise.reject(new Error("x"))); return "responded"; },
  "/waituntil-inside-waituntil": (env, ctx) => { ctx.waitUntil(pause(20).then(() => { env.B.steps("ww", [0, 30, 200]); ctx.waitUntil(pause(300)); })); return "responded"; },
  "/chain-unawaited": (env) => { env.B.callThird("ch", [0, 30, 200]); return "responded"; },
  "/chain-awaited-callee-leaves-third": async (env) => { await env.B.fireThird("fi", [0, 30, 200]); return "responded"; },
  "/response-body-streams-for-a-while": async (env) => {
    env.B.steps("sb", [0, 30, 200]);
    let n = 0;
    return new Response(new ReadableStream({ async pull(c) { await pause(80); if (n++ < 3) c.enqueue(new TextEncoder().encode(`chunk${n};`)); else c.close(); } }));
  },
  "/read": async (env) => { await pause(500); return env.B.read(); },
};
export default {
  async fetch(request, env, ctx) {
    const name = new URL(request.url).pathname;
    const test = tests[name];
    if (!test) return new Response(`no test ${name}`, { status: 404 });
    try {
      const r = await test(env, ctx, request);
      if (r instanceof Response) return r;
      return new Response(`ok ${show(r)}`);
    } catch (e) {
      return new Response(`threw ${showErr(e)}`);
    }
  },
};
