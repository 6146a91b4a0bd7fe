import { WorkerEntrypoint } from "cloudflare:workers";

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

const log = [];
const values = {
  plainHoldingRich: () => ({ m: new Map([[1, { x: [new Date(7)] }]]), s: new Set(["a", /z/gi]), u: new Uint16Array([1, 65535]), w: [new String("s"), new Boolean(false), Object(3n)], n: { deeper: { d: new Date(-1) } } }),
  sharedPlainFirst: () => { const o = { k: 1 }; const a = [o]; return { o, a, m: new Map([[o, a]]), s: new Set([a, o]), again: { o } }; },
  sharedRichFirst: () => { const o = { k: 2 }; const d = new Date(3); return [new Map([[o, d]]), new Set([d]), { o, d, list: [o, d, o] }]; },
  getterDeletesLater: () => ({ a: 1, get g() { delete this.c; return "G"; }, b: 2, c: 3, d: 4 }),
  getterAddsAndChanges: () => ({ get g() { this.z = "added"; this.b = "changed"; return "G"; }, b: "orig" }),
  getterMutatesMap: () => { const m = new Map([["k", 1]]); const before = new Set([1]); return { before, get g() { m.set("late", 2); before.add(2); return 0; }, m }; },
  getterMutatesArray: () => { const arr = [1, 2, 3]; return { get g() { arr.push(4); arr[0] = "zero"; return "G"; }, arr }; },
  getterInArrayElement: () => { const arr = [{ get x() { arr.length = 1; return "x"; } }, "b", "c"]; return arr; },
  constructorOwnProp: () => [{ constructor: "text", a: 1 }, { constructor: { name: "Fake" } }, { constructor: 5, b: new Map([[1, 2]]) }],
  constructorArrayProp: () => { const a = [1, 2]; a.constructor = Object; return { a, b: { constructor: Array, length: 2, 0: "x" } }; },
  holesNamedRich: () => { const a = [new Map([[1, 2]]), , new Date(0), , , new Set()]; a.name = "n"; a.rich = new Uint8Array([9]); a[9] = undefined; return a; },
  functionsShared: () => { const f = (x) => x + 1; return { f, again: f, list: [f] }; },
  symbolValueDeep: () => ({ a: [{ b: new Map([["k", [1, { c: Symbol("deep") }]]]) }] }),
  counter: () => { log.length = 0; return { get a() { log.push("a"); return 1; }, b: { get c() { log.push("c"); return 2; } }, bad: Object.create({ inherited: 1 }), get after() { log.push("after"); return 3; } }; },
};
async function both(env, make) {
  const calleeSaw = await env.B.describe(make());
  const roundTrip = show(await env.B.echo(make()));
  return `callee saw ${calleeSaw} | round trip ${roundTrip}`;
}
async function fromCallee(env, name) { return show(await env.B.give(name)); }
const tests = {
  "/plain-holding-rich": (env) => both(env, values.plainHoldingRich),
  "/shared-plain-first": async (env) => [await env.B.identity1(values.sharedPlainFirst()), await env.B.identity1(await env.B.give2("sharedPlainFirst"))],
  "/shared-rich-first": async (env) => [await env.B.identity2(values.sharedRichFirst()), await env.B.identity2(await env.B.give2("sharedRichFirst"))],
  "/getter-deletes-later": async (env) => [await env.B.describeKeys(values.getterDeletesLater()), await fromCallee(env, "getterDeletesLater")],
  "/getter-adds-and-changes": async (env) => [await env.B.describeKeys(values.getterAddsAndChanges()), await fromCallee(env, "getterAddsAndChanges")],
  "/getter-mutates-map": async (env) => [await env.B.describe(values.getterMutatesMap()), await fromCallee(env, "getterMutatesMap")],
  "/getter-mutates-array": async (env) => [await env.B.describe(values.getterMutatesArray()), await fromCallee(env, "getterMutatesArray")],
  "/getter-in-array-element": async (env) => [await env.B.describeKeys(values.getterInArrayElement()), await fromCallee(env, "getterInArrayElement")],
  "/constructor-own-property": (env) => both(env, values.constructorOwnProp),
  "/constructor-on-array": async (env) => [await env.B.describeKeys(values.constructorArrayProp()), await fromCallee(env, "constructorArrayProp")],
  "/holes-named-rich": async (env) => [await env.B.describeKeys(values.holesNamedRich()), await fromCallee(env, "holesNamedRich")],
  "/functions-shared": async (env) => { const r = await env.B.give2("functionsShared"); return [r.f === r.again, r.f === r.list[0], await r.again(1), await env.B.fnIdentity(values.functionsShared())]; },
  "/symbol-value-deep": async (env) => { let a, r; try { a = await env.B.describe(values.symbolValueDeep()); } catch (e) { a = showErr(e); } try { r = await fromCallee(env, "symbolValueDeep"); } catch (e) { r = showErr(e); } return [a, r]; },
  "/getter-order-before-refusal": async (env) => { let a, r; try { a = await env.B.describe(values.counter()); } catch (e) { a = showErr(e); } const argLog = [...log]; try { r = await fromCallee(env, "counter"); } catch (e) { r = showErr(e); } return [a, argLog, r, await env.B.getLog()]; },
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
