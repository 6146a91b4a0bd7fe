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
  "/request-plus-init": async (env) => {
    const base = () => new Request("http://svc/orig?q=1", { method: "POST", body: "orig-body", headers: { "x-a": "1", "content-type": "text/x-orig" } });
    return [
      await call(env, base(), { method: "PUT" }),
      await call(env, base(), { body: "new-body" }),
      await call(env, base(), { headers: { "x-b": "2" } }),
      await call(env, base(), { method: "get", body: null }),
    ];
  },
  "/get-with-body": async (env) => [
    await settle(env.B.fetch("http://svc/g", { body: "x" })),
    await settle(env.B.fetch("http://svc/g", { method: "head", body: "x" })),
    await settle(env.B.fetch(new Request("http://svc/g"), { body: "x" })),
    await settle(call(env, "http://svc/g", { method: "GET", body: null })),
    await settle(call(env, "http://svc/g", { method: "GET", body: undefined })),
  ],
  "/method-case": async (env) => {
    const out = [];
    for (const m of ["Get", "post", "Put", "delete", "options", "Patch", "purge", "hEaD"]) {
      const r = await env.B.fetch("http://svc/m", { method: m });
      out.push(`${m}->${(await r.text()).split(" ")[0] || "(head)"}`);
    }
    return out;
  },
  "/url-forms": async (env) => [
    await call(env, new URL("http://Bücher.Example:8080/ä b?q=ü#f")),
    await call(env, "https://svc:443/x"),
    await call(env, "https://svc:80/x"),
    await call(env, "http://svc/p?"),
    await call(env, "http://svc/a/./b/../c"),
    await call(env, "HTTP://SVC/Upper"),
  ],
  "/body-kinds": async (env) => [
    await call(env, "http://svc/b", { method: "POST", body: new DataView(new Uint8Array([65, 66, 67, 68]).buffer, 1, 2) }),
    await call(env, "http://svc/b", { method: "POST", body: new Uint8Array([97, 98, 99, 100]).subarray(1, 3) }),
    await call(env, "http://svc/b", { method: "POST", body: 12 }),
    await call(env, "http://svc/b", { method: "POST", body: { a: 1 } }),
    await call(env, "http://svc/b", { method: "POST", body: new Blob(["no-type"]) }),
    await call(env, "http://svc/b", { method: "POST", body: new URLSearchParams() }),
  ],
  "/content-type-overrides": async (env) => [
    await call(env, "http://svc/c", { method: "POST", body: "s", headers: { "content-type": "application/json" } }),
    await call(env, "http://svc/c", { method: "POST", body: new URLSearchParams("a=1"), headers: { "Content-Type": "text/plain" } }),
    await call(env, "http://svc/c", { method: "POST", body: new Blob(["b"], { type: "Image/PNG" }) }),
  ],
  "/empty-bodies": async (env) => [
    await call(env, "http://svc/e", { method: "POST", body: new ReadableStream({ start(c) { c.close(); } }) }),
    await call(env, "http://svc/e", { method: "POST", body: new FormData() }).then((t) => t.replace(/[0-9a-f]{32}/g, "<32 hex>")),
    await call(env, "http://svc/e", { method: "POST", body: new ArrayBuffer(0) }),
    await call(env, "http://svc/e", { method: "POST" }),
  ],
  "/redirect-modes": async (env) => [
    await settle(call(env, "http://svc/r302", { redirect: "error" })),
    await settle(call(env, "http://svc/plain", { redirect: "error" })),
    await settle((async () => call(env, new Request("http://svc/r302", { redirect: "error" })))()),
    await settle(call(env, new Request("http://svc/r302", { redirect: "manual" }), { redirect: "follow" })),
    await settle(call(env, new Request("http://svc/r302"), { redirect: "manual" })),
    await settle(env.B.fetch("http://svc/r302", { redirect: "bogus" })),
    await settle(env.B.fetch("http://svc/r302", { redirect: "Manual" })),
  ],
  "/other-init-members": async (env) => [
    await settle(call(env, "http://svc/i", { credentials: "include" })),
    await settle(call(env, "http://svc/i", { mode: "cors" })),
    await settle(call(env, "http://svc/i", { cache: "no-cache" })),
    await settle(call(env, "http://svc/i", { integrity: "sha256-abc" })),
    await settle(call(env, "http://svc/i", { keepalive: true })),
    await settle(call(env, "http://svc/i", { referrer: "http://ref/" })),
    await settle(call(env, "http://svc/i", { unknownMember: 1, duplex: "half" })),
  ],
  "/bad-headers": async (env) => [
    await settle(env.B.fetch("http://svc/h", { headers: { "bad name": "v" } })),
    await settle(env.B.fetch("http://svc/h", { headers: { "x-v": "a\nb" } })),
    await settle(env.B.fetch("http://svc/h", { headers: [["x-a"]] })),
    await settle(call(env, "http://svc/h", { headers: { "x-trim": "  padded\t" } })),
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
