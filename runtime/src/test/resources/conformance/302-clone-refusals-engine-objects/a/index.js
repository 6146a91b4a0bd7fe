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

function* gen() { yield 1; }
async function* agen() { yield 1; }
const argKinds = {
  "symbol": () => Symbol("a"),
  "symbol-key-only": () => ({ [Symbol("k")]: 1, v: 2 }),
  "symbol-in-set": () => new Set([Symbol.for("reg")]),
  "symbol-as-map-key": () => new Map([[Symbol("mk"), 1]]),
  "weakmap": () => new WeakMap(),
  "weakset-nested": () => ({ a: [{ b: new WeakSet() }] }),
  "promise": () => Promise.resolve(3),
  "promise-rejected": () => { const p = Promise.reject(new Error("x")); p.catch(() => {}); return p; },
  "promise-in-array": () => [Promise.resolve(1)],
  "thenable": () => ({ then(r) { r(1); } }),
  "generator": () => gen(),
  "async-generator": () => agen(),
  "array-iterator": () => [1].values(),
  "set-iterator": () => new Set([1]).values(),
  "intl": () => new Intl.DateTimeFormat("en"),
  "intl-ns": () => Intl,
  "atomics": () => Atomics,
  "weakref": () => new WeakRef({}),
  "finreg": () => new FinalizationRegistry(() => {}),
  "symbol-wrapper": () => Object(Symbol("w")),
  "bigint-wrapper": () => Object(7n),
  "abort-controller": () => new AbortController(),
  "event": () => new Event("x"),
  "headers": () => new Headers({ a: "1" }),
  "regexp-iterator": () => "ab".matchAll(/a/g), "iterator-helper": () => [1].values().map((x) => x), "segments": () => new Intl.Segmenter().segment("ab"), "collator-sub": () => { class C extends Intl.Collator {} return new C(); }, "iter-in-sc": () => { try { structuredClone([1].keys()); } catch (e) { return e.message; } }, "intl-in-sc": () => { try { structuredClone({ a: new Intl.PluralRules() }); } catch (e) { return e.message; } },
  "error-sub": () => { class E extends TypeError {} return new E("sub"); },
  "console": () => console,
};
const tests = {
  "/args-1": async (env) => { const out = []; for (const k of Object.keys(argKinds).slice(0, 9)) out.push(`${k}: ${await settle(env.B.one(argKinds[k]()))}`); return out; },
  "/args-2": async (env) => { const out = []; for (const k of Object.keys(argKinds).slice(9, 18)) out.push(`${k}: ${await settle(env.B.one(argKinds[k]()))}`); return out; },
  "/args-3": async (env) => { const out = []; for (const k of Object.keys(argKinds).slice(18)) { let v = argKinds[k](); if (k === "crypto-key") v = await v; out.push(`${k}: ${await settle(env.B.one(v))}`); } return out; },
  "/promise-direct-arg": async (env) => [await settle(env.B.one(Promise.resolve(3))), await settle(env.B.count(Promise.resolve(1), 2)), await settle(env.B.one(new Promise(() => {})))],
  "/sync-throw-or-reject": async (env) => { let how; try { const p = env.B.one(Symbol("s")); how = "returned " + typeof p; await p; } catch (e) { how += " then " + e.constructor.name + " " + e.name + " " + e.code + " " + e.message + " remote=" + e.remote; } return how; },
  "/results-1": async (env) => { const out = []; for (const k of ["symbol", "symbol-in-map", "weakmap", "weakset", "promise-nested", "promise-in-map", "generator", "async-generator", "gen-fn", "array-iterator"]) out.push(`${k}: ${await settle(env.B.ret(k))}`); return out; },
  "/results-2": async (env) => { const out = []; for (const k of ["map-iterator", "string-iterator", "intl", "intl-ns", "atomics", "reflect", "console", "weakref", "symbol-wrapper", "bigint-wrapper"]) out.push(`${k}: ${await settle(env.B.ret(k))}`); return out; },
  "/results-3": async (env) => { const out = []; for (const k of ["date-sub", "error-in-set", "proxy-array", "shared", "list-format", "regexp-sub", "event-target", "headers", "abort-controller"]) out.push(`${k}: ${await settle(env.B.ret(k))}`); return out; },
  "/after-refusal-next-call-works": async (env) => [await settle(env.B.one(new WeakMap())), await settle(env.B.one(1)), await settle(env.B.ret("weakmap")), await settle(env.B.one(2))],
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
