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

const t = (f) => { try { return show(f()); } catch (e) { return "threw " + showErr(e); } };
const tests = {
  "/base64": () => [t(() => new Uint8Array([72, 105, 255, 0]).toBase64()), t(() => new Uint8Array([251, 255]).toBase64({ alphabet: "base64url" })), t(() => new Uint8Array([1]).toBase64({ omitPadding: true })), t(() => Uint8Array.fromBase64("SGk=")), t(() => Uint8Array.fromBase64("SG k=\n")), t(() => Uint8Array.fromBase64("SGk")), t(() => Uint8Array.fromBase64("SGk", { lastChunkHandling: "strict" })), t(() => Uint8Array.fromBase64("SGl=", { lastChunkHandling: "strict" })), t(() => Uint8Array.fromBase64("SGk", { lastChunkHandling: "stop-before-partial" })), t(() => Uint8Array.fromBase64("S@k=")), t(() => Uint8Array.fromBase64("-_8=", { alphabet: "base64url" })), t(() => Uint8Array.fromBase64("-_8=")), t(() => Uint8Array.fromBase64(5)), t(() => Uint8Array.fromBase64("AA==", { alphabet: "x" })), t(() => Uint8Array.fromBase64("A")), t(() => Uint8Array.fromBase64("AAA=A"))],
  "/hex": () => [t(() => new Uint8Array([0, 15, 255]).toHex()), t(() => Uint8Array.fromHex("00ff0A")), t(() => Uint8Array.fromHex("0")), t(() => Uint8Array.fromHex("zz")), t(() => Uint8Array.fromHex(1)), t(() => { const u = new Uint8Array(4); return [u.setFromHex("aabbccddee"), u]; }), t(() => { const u = new Uint8Array(2); return [u.setFromBase64("SGVsbG8="), u]; }), t(() => { const u = new Uint8Array(8); return [u.setFromBase64("SGVsbG8="), u]; }), t(() => Uint16Array.prototype.toHex), t(() => Uint8Array.prototype.toHex.call(new Uint16Array(1)))],
  "/error-is-error": () => [t(() => Error.isError(new TypeError())), t(() => Error.isError({ __proto__: Error.prototype })), t(() => Error.isError(new DOMException("x"))), t(() => Error.isError(5)), t(() => Error.isError(Object.create(RangeError.prototype))), t(() => { class E extends Error {} return Error.isError(new E()); }), t(() => Error.isError(new AggregateError([]))), t(() => Error.isError.length), t(() => Object.keys(Error))],
  "/sum-precise": () => [t(() => Math.sumPrecise([1e20, 0.1, -1e20])), t(() => Math.sumPrecise([0.1, 0.2, 0.3])), t(() => Math.sumPrecise([Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE])), t(() => Math.sumPrecise([5e-324, 5e-324])), t(() => Math.sumPrecise([Infinity, 1])), t(() => Math.sumPrecise([Infinity, -Infinity])), t(() => Math.sumPrecise([NaN])), t(() => Math.sumPrecise([-0, 0])), t(() => Math.sumPrecise(new Set([1, 2, 3]))), t(() => Math.sumPrecise(5)), t(() => Math.sumPrecise()), t(() => Math.sumPrecise(null)), t(() => Math.sumPrecise("12")), t(() => Math.sumPrecise({})), t(() => Math.sumPrecise(true)), t(() => Math.sumPrecise([2 ** 53, 1, 1])), t(() => Math.sumPrecise([-1.5, 0.25]))],
  "/misc": async () => [t(() => Math.sumPrecise([0.1, 0.2, 1e20, -1e20])), t(() => Math.sumPrecise([])), t(() => Math.sumPrecise([-0])), t(() => Math.sumPrecise([1, "2"])), t(() => Error.isError(new TypeError())), t(() => Error.isError({ __proto__: Error.prototype })), t(() => Error.isError(new DOMException("x"))), t(() => Error.isError(5)), t(() => typeof Atomics.pause()), show(await Array.fromAsync([Promise.resolve(1), 2])), show(await Array.fromAsync((async function* () { yield 3; })(), (x) => x * 2))],
  "/maps-iters": () => [t(() => { const m = new Map(); return [m.getOrInsert("a", 1), m.getOrInsert("a", 2), m.getOrInsertComputed("b", (k) => k + "!"), m.getOrInsertComputed("b", () => "no"), m]; }), t(() => { const w = new WeakMap(); const k = {}; return [w.getOrInsert(k, 1), w.getOrInsertComputed(k, () => 2)]; }), t(() => new Map().getOrInsertComputed("a", 5)), t(() => [...Iterator.concat([1, 2], new Set([3]))]), t(() => Iterator.concat(5)), t(() => typeof Iterator.prototype[Symbol.dispose]), t(() => { let r = 0; const it = { __proto__: Iterator.prototype, next() { return { done: false }; }, return() { r++; return {}; } }; it[Symbol.dispose](); return r; }), t(() => Map.prototype.getOrInsert.length), t(() => Map.prototype.getOrInsertComputed.name)],
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
