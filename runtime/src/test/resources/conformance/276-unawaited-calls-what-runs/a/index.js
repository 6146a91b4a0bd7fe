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
  "/fire-and-respond": (env) => {
    env.B.rec("sync");
    env.B.recAfterMicrotasks("after 1 microtask", 1);
    env.B.recAfterMicrotasks("after 20 microtasks", 20);
    env.B.recAfterTimer("after a 0 ms timer", 0);
    env.B.recAfterThird("after a call to a third worker");
    env.B.fetch("http://b/rec?tag=fetch handler");
    env.B.recGetter;
    Promise.resolve().then(() => env.B.rec("called from a microtask"));
    return "responded";
  },
  "/fire-around-awaits": async (env) => {
    await null;
    env.B.rec("after await null");
    await env.B.rec("awaited call");
    env.B.rec("after an awaited call");
    return "responded";
  },
  "/fire-from-a-response-body-pull": async (env) => {
    let sent = false;
    return new Response(new ReadableStream({
      pull(c) {
        if (!sent) { sent = true; env.B.rec("from a body pull"); c.enqueue(new TextEncoder().encode("body")); } else c.close();
      },
    }));
  },
  "/fire-a-rejecting-call": (env) => { env.B.failAfter("rejecting call started", 0); return "responded"; },
  "/read": async (env) => { await pause(300); return env.B.read(); },
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
