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
const race = (p, ms) => Promise.race([p, pause(ms).then(() => `pending after ${ms} ms`)]);
const tryIt = async (f) => { try { return `ok ${show(await f())}`; } catch (e) { return `threw ${showErr(e)}`; } };
const tests = {
  "/own-timer-pending": (env) => tryIt(() => race(env.B.hangWithTimer(150), 60)),
  "/own-timer-fired": (env) => tryIt(() => race(env.B.hangWithTimer(150), 400)),
  "/own-interval": (env) => tryIt(() => race(env.B.hangWithInterval(), 200)),
  "/own-timer-cleared": (env) => tryIt(() => race(env.B.hangAfterClearing(), 300)),
  "/own-waituntil-timer-pending": (env) => tryIt(() => race(env.B.hangWithWaitUntil(150), 60)),
  "/own-waituntil-timer-fired": (env) => tryIt(() => race(env.B.hangWithWaitUntil(150), 400)),
  "/own-call-to-a-third-pending": (env) => tryIt(() => race(env.B.hangWhileCalling(150), 60)),
  "/own-call-to-a-third-answered": (env) => tryIt(() => race(env.B.hangWhileCalling(150), 400)),
  "/third-hangs-callee-rethrows": (env) => tryIt(() => env.B.awaitThirdHang(false)),
  "/third-hangs-callee-catches": (env) => tryIt(() => env.B.awaitThirdHang(true)),
  "/third-hangs-under-a-fetch": (env) => tryIt(async () => (await env.B.fetch("http://b/third-hang")).text()),
  "/gate-opened-by-a-later-call": (env) => tryIt(async () => { const w = env.B.waitGate(); await pause(50); const o = await env.B.openGate(); return [await tryIt(() => w), o]; }),
  "/waituntil-never-settles-method-returns": (env) => tryIt(() => env.B.waitUntilNever()),
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
