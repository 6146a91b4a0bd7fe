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

async function both(env, make) {
  const calleeSaw = await env.B.describe(make());
  const roundTrip = show(await env.B.echo(make()));
  return `callee saw ${calleeSaw} | round trip ${roundTrip}`;
}
const tests = {
  "/map-object-keys": (env) => both(env, () => new Map([[{ a: 1 }, "A"], [[1, 2], "arr"], [new Date(0), "date"]])),
  "/map-special-keys": (env) => both(env, () => new Map([[NaN, 1], [-0, 2], [Infinity, 3], [undefined, 4], [null, 5], [7n, 6]])),
  "/map-order-after-delete": (env) => both(env, () => { const m = new Map([["z", 1], [3, 2], ["a", 3], [true, 5]]); m.delete(3); m.set(3, "re"); return m; }),
  "/map-set-nested": (env) => both(env, () => new Map([["inner", new Map([["s", new Set([new Map(), [new Set()]])]])]])),
  "/set-mixed-values": (env) => both(env, () => new Set([NaN, -0, "1", 1, 1n, null, undefined, [1], { a: 1 }])),
  "/map-contains-itself": (env) => both(env, () => { const m = new Map(); m.set("me", m); m.set(m, "key"); return m; }),
  "/returned-self-references": async (env) => { const m = await env.B.mapSelf(); const s = await env.B.setSelf(); return [m.get("me") === m, [...m.keys()][1] === m, s.has(s), s.size]; },
  "/returned-key-identity": async (env) => { const m = await env.B.mapKeyIdentity(); const [k] = m.keys(); return [m.get(k) === k, m.get("again") === k]; },
  "/returned-nan-and-zero-keys": async (env) => { const m = await env.B.mapNaN(); return [m.size, m.get(NaN), Object.is([...m.keys()][1], -0), m.get(0)]; },
  "/function-as-map-value": async (env) => { const m = await env.B.mapWithFunction(); const f = m.get("fn"); return [typeof f, await f(21), await f(21)]; },
  "/extra-properties-dropped": (env) => both(env, () => { const m = new Map([[1, 2]]); m.extra = "x"; const s = new Set([m]); s.extra = "y"; return s; }),
  "/same-object-as-two-arguments": async (env) => { const o = { x: new Map([[1, 2]]) }; return env.B.two(o, o); },
  "/shared-inside-return-value": async (env) => { const [a, b, c] = await env.B.retShared(); return [a === b, c.inner === a]; },
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
