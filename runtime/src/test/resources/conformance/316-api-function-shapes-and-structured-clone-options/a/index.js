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

const t = (f) => { try { const v = f(); return show(v); } catch (e) { return "threw " + showErr(e); } };
const tests = {
  "/structured-clone-options": () => [t(() => structuredClone()), t(() => structuredClone(undefined)), t(() => structuredClone(1, null)), t(() => structuredClone(1, 5)), t(() => { const b = new ArrayBuffer(4); new Uint8Array(b)[0] = 9; const c = structuredClone(b, { transfer: [b] }); return [b.byteLength, c.byteLength, b.detached, new Uint8Array(c)[0]]; }), t(() => { const b = new ArrayBuffer(4); return structuredClone({ b }, { transfer: [b, b] }); }), t(() => structuredClone(1, { transfer: [1] })), t(() => structuredClone(1, { transfer: [{}] })), t(() => structuredClone(new Uint8Array([1]), { transfer: [] })), t(() => { const b = new ArrayBuffer(2); const u = new Uint8Array(b); const c = structuredClone(u, { transfer: [b] }); return [b.detached, u.length, c.length, c.buffer.byteLength]; }), t(() => structuredClone(1, {}))],
  "/timer-errors": () => [t(() => typeof setTimeout(() => {}, 0)), t(() => clearTimeout(undefined)), t(() => clearTimeout("x")), t(() => setTimeout("code", 0)), t(() => setTimeout()), t(() => { const id = setInterval(() => {}, 1000); clearInterval(id); return typeof id; })],
  "/arity-errors": () => [t(() => queueMicrotask("x")), t(() => queueMicrotask()), t(() => setInterval("x")), t(() => scheduler.wait("x")), t(() => typeof scheduler.wait()), t(() => reportError.length), t(() => queueMicrotask.length), t(() => setInterval.length), t(() => clearTimeout.length), t(() => clearInterval.length), t(() => atob.length), t(() => btoa.length), t(() => fetch.length), t(() => structuredClone.length), t(() => scheduler.wait.length), t(() => setTimeout.length)],
  "/lengths-web": () => [t(() => Response.length), t(() => Request.length), t(() => Headers.length), t(() => Headers.prototype.get.length), t(() => Response.json.length), t(() => URL.length), t(() => new Response().text.length), t(() => crypto.getRandomValues.length), t(() => ReadableStream.length), t(() => TextEncoder.prototype.encode.length), t(() => AbortSignal.timeout.length), t(() => EventTarget.prototype.addEventListener.length)],
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
