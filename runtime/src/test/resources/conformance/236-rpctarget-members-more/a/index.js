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

import { RpcTarget } from "cloudflare:workers";
const tests = {
  "/getter-returns-target": async (env) => {
    const t = await env.B.make("root");
    const child = await t.child;
    return [typeof child, await child.name, await t.child.name, await t.child.greet("x")];
  },
  "/getter-returns-fn-and-promise": async (env) => {
    const t = await env.B.make("g");
    return [await t.asyncGetter, await t.fnGetter(3), typeof (await t.fnGetter)];
  },
  "/private-members": async (env) => {
    const t = await env.B.make("p");
    const out = [await t.usesPrivate()];
    for (const k of ["secret", "#secret", "hidden", "#hidden"]) {
      try { out.push(await t[k]()); } catch (e) { out.push(showErr(e)); }
    }
    return out;
  },
  "/static-members": async (env) => {
    const t = await env.B.make("s");
    const out = [];
    for (const k of ["create", "count", "prototype"]) {
      try { out.push(await t[k]); } catch (e) { out.push(showErr(e)); }
    }
    return out;
  },
  "/fields": async (env) => {
    const t = await env.B.make("f");
    const out = [];
    for (const k of ["field", "arrow", "name2"]) {
      try { out.push(await t[k]); } catch (e) { out.push(showErr(e)); }
    }
    try { out.push(await t.arrow()); } catch (e) { out.push(showErr(e)); }
    return out;
  },
  "/own-dispose-call": async (env) => {
    const t = await env.B.make("d");
    const out = [];
    try { out.push(await t.dispose()); } catch (e) { out.push(showErr(e)); }
    t[Symbol.dispose]();
    try { out.push(await t.name); } catch (e) { out.push(showErr(e)); }
    return [out, await env.B.log()];
  },
  "/returns-this": async (env) => {
    const t = await env.B.make("self");
    const s = await t.self();
    const s2 = await t.self();
    return [s === t, s === s2, await s.name, await t.self().self().name];
  },
  "/chain-of-targets": async (env) => {
    const t = await env.B.make("a");
    const b = await t.spawn("b");
    const c = await b.spawn("c");
    return [await c.path(), await t.spawn("x").spawn("y").path(), await b.parentName()];
  },
  "/target-state-shared": async (env) => {
    const t = await env.B.make("st");
    const a = t.bump(), b = t.bump(), c = t.bump();
    const d = t.dup();
    const e = await d.bump();
    return [await a, await b, await c, e, await t.count];
  },
  "/method-names": async (env) => {
    const t = await env.B.make("n");
    const out = [];
    for (const k of ["fetch", "alarm", "connect", "webSocketMessage", "parentLess", "dispose"]) {
      try { out.push(`${k}: ${show(await t[k]())}`); } catch (e) { out.push(`${k}: ${showErr(e)}`); }
    }
    return out;
  },
  "/thenable-target": async (env) => {
    const out = [];
    try { out.push(show(await env.B.makeThenable())); } catch (e) { out.push(showErr(e)); }
    try { const t = await env.B.wrapThenable(); out.push(typeof t.x, await t.x.then()); } catch (e) { out.push(showErr(e)); }
    return out;
  },
  "/symbol-and-accessors": async (env) => {
    const t = await env.B.make("y");
    const out = [];
    for (const k of ["setterOnly", "undefinedGetter", "nullGetter", "zeroGetter"]) {
      try { out.push(`${k}: ${show(await t[k])}`); } catch (e) { out.push(`${k}: ${showErr(e)}`); }
    }
    return out;
  },
  "/getter-this-and-calls": async (env) => {
    const t = await env.B.make("gt");
    return [await t.whoAmI, await t.viaGetterFn(), await t.nested.inner()];
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
