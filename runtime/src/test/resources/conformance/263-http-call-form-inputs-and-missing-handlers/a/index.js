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

async function call(env, ...args) {
  const resp = await env.B.fetch(...args);
  return `${resp.status} ${await resp.text()}`;
}
const settle = (p) => Promise.resolve(p).then((v) => `ok ${v}`, (e) => showErr(e));
const tryCall = (f) => { try { return settle(f()); } catch (e) { return `sync ${showErr(e)}`; } };
const tests = {
  "/odd-inputs": async (env) => [
    await tryCall(() => call(env)),
    await tryCall(() => call(env, undefined)),
    await tryCall(() => call(env, null)),
    await tryCall(() => call(env, 123)),
    await tryCall(() => call(env, "//svc/proto-relative")),
    await tryCall(() => call(env, { toString() { return "http://svc/from-tostring"; } })),
    await tryCall(() => call(env, "  http://svc/trimmed  ")),
  ],
  "/url-object-and-init": async (env) => [
    await settle(call(env, new URL("http://svc/u?a=1"), { method: "POST", body: "b", headers: { "x-u": "1" } })),
    await settle(call(env, new URL("/rel?z", "http://base.example/dir/"))),
    await settle(call(env, "http://svc/init-null", null)),
    await settle(call(env, "http://svc/init-undefined", undefined)),
  ],
  "/request-init-combos": async (env) => {
    const req = new Request("http://svc/c", { method: "PUT", headers: { "x-keep": "1" } });
    return [
      await settle(call(env, req, {})),
      await settle(call(env, req, { method: "DELETE" })),
      await settle(call(env, new Request(req, { headers: { "x-new": "2" } }))),
      await settle(call(env, new Request("http://svc/c"), new Request("http://other/ignored", { method: "POST", body: "from-init-request" }))),
    ];
  },
  "/callee-odd-results": async (env) => {
    const out = [];
    for (const p of ["/undefined-reject", "/null-throw", "/number", "/async-undefined", "/promise-string", "/error-subclass"]) out.push(`${p}: ${await settle(call(env, `http://svc${p}`))}`);
    return out;
  },
  "/missing-handlers": async (env) => [
    await settle(call({ B: env.NOFETCH }, "http://svc/")),
    await settle(env.NOFETCH.ping()),
    await settle(call({ B: env.STATICFETCH }, "http://svc/")),
    await settle(call({ B: env.GETTERFETCH }, "http://svc/")),
  ],
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
