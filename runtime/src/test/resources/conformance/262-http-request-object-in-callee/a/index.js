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
const tests = {
  "/callee-request-props": async (env) => [
    await call(env, "http://svc/props"),
    await call(env, "http://svc/props", { method: "POST", body: "x", redirect: "manual", cache: "no-store", keepalive: true }),
    await call(env, new Request("http://svc/props", { integrity: "", redirect: "follow" })),
  ],
  "/callee-headers-guard": (env) => call(env, "http://svc/headers-guard", { headers: { "x-h": "1" } }),
  "/callee-signal": async (env) => [await call(env, "http://svc/signal"), await call(env, "http://svc/signal", { signal: new AbortController().signal })],
  "/cf-forms": async (env) => [
    await call(env, "http://svc/cf", { cf: {} }),
    await call(env, "http://svc/cf", { cf: { nested: { a: [1, null, "s"] }, n: 1.5, b: false } }),
    await call(env, new Request("http://svc/cf", { cf: { fromRequest: 1 } })),
    await call(env, new Request("http://svc/cf", { cf: { fromRequest: 1 } }), { cf: { fromInit: 2 } }),
    await call(env, new Request("http://svc/cf", { cf: { fromRequest: 1 } }), { headers: { a: "b" } }),
    await settle(call(env, "http://svc/cf", { cf: "str" })),
  ],
  "/callee-body-reads": async (env) => [
    await call(env, "http://svc/read-twice", { method: "POST", body: "once" }),
    await call(env, "http://svc/clone-read", { method: "PUT", body: "twin" }),
  ],
  "/callee-parses": async (env) => {
    const fd = new FormData(); fd.append("a", "1"); fd.append("f", new File(["abc"], "f.txt", { type: "text/plain" })); fd.append("a", "2");
    return [
      await call(env, "http://svc/formdata-parse", { method: "POST", body: fd }),
      await call(env, "http://svc/formdata-parse", { method: "POST", body: new URLSearchParams("x=1&y=%20z&x=3") }),
      await call(env, "http://svc/json-parse", { method: "POST", body: JSON.stringify({ k: [1, { v: null }] }) }),
      await call(env, "http://svc/bad-json", { method: "POST", body: "{nope" }),
    ];
  },
  "/echo-stream": async (env) => {
    const r = await env.B.fetch("http://svc/echo-stream", { method: "POST", body: new Uint8Array([104, 101, 121]) });
    const s = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode("chunk1 ")); c.enqueue(new TextEncoder().encode("chunk2")); c.close(); } });
    const r2 = await env.B.fetch("http://svc/echo-stream", { method: "POST", body: s });
    return [r.headers.get("x-len"), await r.text(), r2.headers.get("x-len"), await r2.text()];
  },
  "/caller-request-after": async (env) => {
    const req = new Request("http://svc/props", { method: "POST", body: "consumed" });
    const r = await env.B.fetch(req);
    await r.text();
    return [req.bodyUsed, await settle(req.text()), await settle(call(env, req))];
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
