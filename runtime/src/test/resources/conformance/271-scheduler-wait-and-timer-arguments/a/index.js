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
// How a call settles against microtasks: "threw" (synchronously), or the order of its settling and
// three chained microtasks queued right after it.
const settles = (f) => {
  let p;
  try { p = f(); } catch (e) { return Promise.resolve(`threw ${showErr(e)}`); }
  const o = [];
  const done = p.then((v) => o.push(`resolved ${show(v)}`), (e) => o.push(`rejected ${showErr(e)}`));
  Promise.resolve().then(() => o.push("m1")).then(() => o.push("m2")).then(() => o.push("m3"));
  return done.then(() => pause(5)).then(() => o);
};
const rejection = async (p) => { try { return `resolved ${show(await p)}`; } catch (e) { return `rejected ${showErr(e)}`; } };
const whileWaiting = async (reason) => {
  const ac = new AbortController();
  const p = rejection(scheduler.wait(200, { signal: ac.signal }));
  await pause(5);
  ac.abort(reason);
  return p;
};
const tryIt = (f) => { try { return `returned ${show(f())}`; } catch (e) { return `threw ${showErr(e)}`; } };
const tests = {
  "/wait-arguments": async () => [
    await settles(() => scheduler.wait(1)),
    await settles(() => scheduler.wait()),
    await settles(() => scheduler.wait(undefined)),
    await settles(() => scheduler.wait(2n)),
    await settles(() => scheduler.wait(Symbol("s"))),
    await settles(() => scheduler.wait(1, "options")),
    await settles(() => scheduler.wait(1, 7)),
    await settles(() => scheduler.wait(1, null)),
    await settles(() => scheduler.wait(1n, "both bad")),
  ],
  "/wait-signal-field": async () => {
    let reads = 0;
    return [
      await settles(() => scheduler.wait(1, { signal: null })),
      await settles(() => scheduler.wait(1, { signal: {} })),
      await settles(() => scheduler.wait(1, { signal: undefined })),
      await settles(() => scheduler.wait(1, { get signal() { reads++; return undefined; } })),
      reads,
      await settles(() => scheduler.wait(1, Object.create({ signal: AbortSignal.abort("from the prototype") }))),
      await settles(() => scheduler.wait.call({}, 1)),
    ];
  },
  "/wait-already-aborted": async () => [
    await settles(() => scheduler.wait(50, { signal: AbortSignal.abort() })),
    await rejection(scheduler.wait(50, { signal: AbortSignal.abort("a string") })),
    await rejection(scheduler.wait(50, { signal: AbortSignal.abort(42) })),
    await rejection(scheduler.wait(50, { signal: AbortSignal.abort({ an: "object" }) })),
    await rejection(scheduler.wait(50, { signal: AbortSignal.abort([1, 2]) })),
    await rejection(scheduler.wait(50, { signal: AbortSignal.abort(null) })),
  ],
  "/wait-already-aborted-errors": async () => {
    class MyError extends Error { constructor() { super("mine"); this.name = "MyError"; this.code = 7; } }
    const range = Object.assign(new RangeError("out of range"), { extra: 1 });
    const marked = Object.assign(new TypeError("try again"), { retryable: true });
    const dom = new DOMException("gone", "NotFoundError");
    dom.retryable = true;
    const rejected = [];
    for (const r of [new MyError(), range, marked, dom]) {
      try { await scheduler.wait(50, { signal: AbortSignal.abort(r) }); } catch (e) { rejected.push([showErr(e), e === r]); }
    }
    const t = AbortSignal.timeout(1);
    await pause(10);
    rejected.push(await rejection(scheduler.wait(50, { signal: t })));
    return rejected;
  },
  "/wait-aborted-while-waiting": async () => [
    await whileWaiting(undefined),
    await whileWaiting("later"),
    await whileWaiting(new TypeError("typed")),
    await whileWaiting(Object.assign(new Error("busy"), { overloaded: true })),
    await whileWaiting(new DOMException("made by hand", "AbortError")),
    await rejection(scheduler.wait(200, { signal: AbortSignal.timeout(5) })),
    await rejection(scheduler.wait(200, { signal: AbortSignal.any([AbortSignal.timeout(5)]) })),
  ],
  "/wait-abort-timing": async () => {
    const o = [];
    const ac = new AbortController();
    const w = scheduler.wait(100, { signal: ac.signal }).then(() => o.push("waited"), () => o.push("rejected"));
    await pause(2);
    ac.abort();
    o.push("aborted");
    Promise.resolve().then(() => o.push("m1")).then(() => o.push("m2")).then(() => o.push("m3"));
    setTimeout(() => o.push("timeout 0"), 0);
    await w;
    const after = new AbortController();
    await scheduler.wait(1, { signal: after.signal });
    after.abort();
    o.push("abort after the wait is harmless");
    await pause(5);
    return o;
  },
  "/abort-reasons": async () => {
    const ac = new AbortController();
    ac.abort();
    const t = AbortSignal.timeout(1);
    await pause(10);
    return [showErr(ac.signal.reason), showErr(AbortSignal.abort().reason), showErr(t.reason), Object.keys(t.reason),
      JSON.stringify(Object.getOwnPropertyDescriptor(t.reason, "retryable"))];
  },
  "/enhanced-callee-wait": (env) => env.B.waitRejections(),
  "/timer-argument-errors": () => [
    tryIt(() => setTimeout()),
    tryIt(() => setTimeout("code", 1)),
    tryIt(() => setTimeout(5, Symbol())),
    tryIt(() => typeof setTimeout(() => {}, 1n)),
    tryIt(() => typeof setTimeout(() => {}, Symbol())),
    tryIt(() => setInterval(null)),
    tryIt(() => typeof setInterval(() => {}, 2n)),
    tryIt(() => queueMicrotask("x")),
    tryIt(() => clearTimeout()),
    tryIt(() => clearInterval()),
    tryIt(() => clearTimeout(undefined)),
    tryIt(() => clearTimeout(null)),
    tryIt(() => clearTimeout("abc")),
    tryIt(() => clearTimeout({})),
    tryIt(() => clearTimeout(1n)),
    tryIt(() => clearTimeout(Symbol())),
  ],
  "/timer-function-shapes": () => [setTimeout.length, setInterval.length, clearTimeout.length, clearInterval.length,
    queueMicrotask.length, scheduler.wait.length, setTimeout.name, scheduler.wait.name,
    Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)), typeof setTimeout(() => {}, 0),
    Object.prototype.toString.call(scheduler.wait(0))],
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
