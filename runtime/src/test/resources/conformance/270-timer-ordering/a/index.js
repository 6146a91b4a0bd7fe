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
  "/delays-in-one-turn": async () => {
    const o = [];
    for (const [tag, d] of [["d10", 10], ["d0", 0], ["d5a", 5], ["d5b", 5], ["d1", 1], ["d20", 20], ["d0b", 0], ["none", undefined]]) setTimeout(() => o.push(tag), d);
    await pause(40);
    return o;
  },
  "/delay-coercions": async () => {
    const o = [];
    let reads = 0;
    const counted = { valueOf() { reads++; return 3; } };
    for (const d of [1, -5, null, NaN, 0.9, "x", "1", 1.5, true, 2, "  4 ", [3], counted, Infinity, 2 ** 31, 2 ** 32 + 3, 1e300]) {
      setTimeout(() => o.push(d === counted ? "counted" : show(d)), d);
    }
    await pause(40);
    return [o, reads];
  },
  "/wait-and-timeouts-interleaved": async () => {
    const o = [];
    const w20 = scheduler.wait(20).then(() => o.push("wait 20"));
    setTimeout(() => o.push("timeout 5"), 5);
    scheduler.wait(5).then(() => o.push("wait 5"));
    setTimeout(() => o.push("timeout 20"), 20);
    scheduler.wait(0).then(() => o.push("wait 0"));
    setTimeout(() => o.push("timeout 0"), 0);
    await w20;
    await pause(10);
    return o;
  },
  "/nested-timers": async () => {
    const o = [];
    setTimeout(() => {
      o.push("A 10");
      setTimeout(() => o.push("C 0 (set by A)"), 0);
      setTimeout(() => o.push("C 5 (set by A)"), 5);
    }, 10);
    setTimeout(() => o.push("B 10"), 10);
    setTimeout(() => o.push("D 40"), 40);
    await pause(60);
    return o;
  },
  "/zero-delay-chains": async () => {
    const o = [];
    setTimeout(() => { o.push("a"); setTimeout(() => { o.push("a1"); setTimeout(() => o.push("a2"), 0); }, 0); }, 0);
    setTimeout(() => o.push("b"), 0);
    setTimeout(() => o.push("c 1"), 1);
    await pause(20);
    return o;
  },
  "/microtasks-between-timers": async () => {
    const o = [];
    setTimeout(() => { o.push("t1"); Promise.resolve().then(() => o.push("t1 then")); queueMicrotask(() => o.push("t1 microtask")); }, 0);
    setTimeout(() => o.push("t2"), 0);
    Promise.resolve().then(() => o.push("then"));
    await pause(10);
    return o;
  },
  "/interval-beside-timeouts": async () => {
    const o = [];
    let n = 0;
    const id = setInterval(() => { o.push(`interval ${++n}`); if (n === 4) clearInterval(id); }, 10);
    setTimeout(() => o.push("timeout 25"), 25);
    setTimeout(() => o.push("timeout 20"), 20);
    await pause(70);
    return o;
  },
  "/interval-zero": async () => {
    const o = [];
    let n = 0;
    const id = setInterval(() => { o.push("i"); if (++n === 3) clearInterval(id); }, 0);
    setTimeout(() => o.push("t0"), 0);
    setTimeout(() => o.push("t1"), 1);
    await pause(30);
    return o;
  },
  "/clearing-from-callbacks": async () => {
    const o = [];
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(setTimeout(() => { o.push(i); if (i === 0) clearTimeout(ids[2]); }, 5));
    const a = setTimeout(() => o.push("string id cleared?"), 5);
    clearTimeout(String(a));
    const b = setTimeout(() => o.push("fraction id kept"), 5);
    clearTimeout(b + 0.5);
    const c = setTimeout(() => o.push("clearInterval clears a timeout?"), 5);
    clearInterval(c);
    await pause(30);
    return o;
  },
  "/abort-signal-timeout-in-line": async () => {
    const o = [];
    const s = AbortSignal.timeout(10);
    s.onabort = () => o.push(`abort ${s.reason.name}`);
    setTimeout(() => o.push("t 10"), 10);
    setTimeout(() => o.push("t 9"), 9);
    await pause(30);
    return o;
  },
  "/callee-timers-against-callers": async (env) => {
    const o = [];
    setTimeout(() => o.push("caller 30"), 30);
    setTimeout(() => o.push("caller 5"), 5);
    o.push(await env.B.waitThen(10, 10));
    await pause(40);
    return o;
  },
  "/clock-across-timers": async () => {
    const a = Date.now(), p = performance.now();
    await pause(15);
    const d = Date.now() - a, e = performance.now() - p;
    const q = performance.now(), n = Date.now();
    return [d >= 15, e >= 15, d < 1000, Number.isInteger(Date.now()), Number.isInteger(q), Math.abs(q - n) <= 1, performance.timeOrigin, new Event("x").timeStamp];
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
