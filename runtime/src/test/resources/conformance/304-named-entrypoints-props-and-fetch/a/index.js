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

const tests = {
  "/rpc-each": async (env) => Promise.all([env.DEF.whoami(), env.DEFP.whoami(), env.ADMIN.whoami(), env.ADMIN2.whoami(), env.SUB.whoami(), env.OBJ.hello("h"), env.NOFETCH.ping(), env.OTHER.whoami()].map(settle)),
  "/fetch-each": async (env) => { const out = []; for (const b of ["DEF", "DEFP", "ADMIN", "ADMIN2", "SUB", "OBJ", "NOFETCH", "OTHER"]) { try { const r = await env[b].fetch("http://x/p", { method: "POST", body: "bd" }); out.push(`${b}: ${r.status} ${r.headers.get("x-role")} ${await r.text()}`); } catch (e) { out.push(`${b}: threw ${showErr(e)}`); } } return out; },
  "/props-mutation-per-call": async (env) => [await env.ADMIN.mutateProps(), await env.ADMIN.readProps(), await env.ADMIN2.readProps()],
  "/props-shape": async (env) => env.ADMIN.propsFrozen(),
  "/missing-method-on-named": async (env) => [await settle(env.ADMIN.nope()), await settle(env.NOFETCH.whoami()), await settle(env.OBJ.whoami("x"))],
  "/named-not-cross": async (env) => [await settle(env.DEF.mutateProps()), await settle(env.SUB.mutateProps()), await settle(env.SUB.ping())],
  "/reflection": async (env) => [String(env.ADMIN), typeof env.ADMIN.whoami, "whoami" in env.SUB, Object.keys(env.OBJ)],
  "/concurrent-props": async (env) => Promise.all([env.ADMIN.readProps(), env.ADMIN2.readProps(), env.DEFP.whoami(), env.ADMIN.readProps()]),
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
