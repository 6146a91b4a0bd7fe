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

const settle = async (p) => { try { return `ok ${show(await p)}`; } catch (e) { return showErr(e); } };
const MiB = 1024 * 1024;
const big = () => "s".repeat(33 * MiB);
// How many bytes past a 33 MiB string the limit error counts (the message's other parts).
const extra = async (p) => { try { await p; return "fits"; } catch (e) { const m = /was: (\d+) bytes/.exec(e.message); return m ? Number(m[1]) - 34603008 : e.message; } };
const tests = {
  "/bytes-over-limit": async (env) => [await settle(env.B.size(new Uint8Array(33 * MiB))), await settle(env.B.make("bytes", 33 * MiB)), await settle(env.B.size(new ArrayBuffer(32 * MiB)))],
  "/bytes-just-under": async (env) => settle(env.B.size(new Uint8Array(32 * MiB - 64))),
  "/callback-argument-too-large": async (env) => settle(env.B.callWithBig((s) => s.length)),
  "/callback-result-too-large": async (env) => settle(env.B.callAndMeasure(() => "q".repeat(33 * MiB))),
  "/rpctarget-result-too-large": async (env) => { const t = await env.B.target(); return [await settle(t.big()), await settle(env.B.target().big())]; },
  "/large-bodies-are-streams": async (env) => { const body = new Uint8Array(40 * MiB).fill(3); const r = await env.B.make("response", 40 * MiB); return [await env.B.bodyLength(new Request("http://x/", { method: "POST", body })), (await r.arrayBuffer()).byteLength]; },
  "/two-args-together": async (env) => settle(env.B.size("a".repeat(17 * MiB), "b".repeat(17 * MiB))),
  "/next-call-works": async (env) => { await settle(env.B.size("z".repeat(33 * MiB))); return env.B.size("small"); },
  "/headers-sizes": async (env) => {
    const dup = new Headers(); dup.append("a", "1"); dup.append("a", "2");
    const cookies = new Headers(); cookies.append("set-cookie", "1"); cookies.append("set-cookie", "2");
    return [await extra(env.B.size(big())), await extra(env.B.size(new Headers(), big())), await extra(env.B.size(new Headers({ a: "1" }), big())), await extra(env.B.size(dup, big())), await extra(env.B.size(cookies, big())), await extra(env.B.size(new Headers({ a: "x".repeat(300) }), big())), await extra(env.B.size(new Headers({ "Content-Type": "é", "X-Custom-Name": "v" }), big())), await extra(env.B.size(new Headers({ "x-big": big() })))];
  },
  "/request-sizes": async (env) => [await extra(env.B.size(new Request("http://x/"), big())), await extra(env.B.size(new Request("https://ex.test/longer/path?q=1", { method: "PUT" }), big())), await extra(env.B.size(new Request("http://x/", { method: "POST", body: "b" }), big())), await extra(env.B.size(new Request("http://x/", { redirect: "manual", cache: "no-store" }), big())), await extra(env.B.size(new Request("http://x/", { cf: { a: 1, s: "t" } }), big()))],
  "/response-and-stream-sizes": async (env) => [await extra(env.B.size(new Response(null), big())), await extra(env.B.size(new Response("b"), big())), await extra(env.B.size(new Response(null, { status: 404 }), big())), await extra(env.B.size(new Response(null, { status: 404, statusText: "Not Found" }), big())), await extra(env.B.size(new Response(null, { statusText: "Yo" }), big())), await extra(env.B.size(new ReadableStream(), big())), await extra(env.B.size(new WritableStream(), big()))],
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
