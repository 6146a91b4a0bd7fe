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

import { RpcTarget, RpcStub, RpcPromise } from "cloudflare:workers";

const safe = async (f) => { try { return await f(); } catch (e) { return `threw ${showErr(e)}`; } };
class Local extends RpcTarget {
  #n = 0;
  hi() { this.#n++; return `local hi ${this.#n}`; }
  get g() { return "local getter"; }
}
const tests = {
  "/local-target": async () => {
    const s = new RpcStub(new Local());
    return [typeof s, Object.prototype.toString.call(s), s instanceof RpcStub, await s.hi(), await s.hi(), await s.g];
  },
  "/local-missing-member": async () => { const s = new RpcStub(new Local()); return [await safe(() => s.nope()), await safe(() => s.g())]; },
  "/local-function": async () => { const s = new RpcStub((x) => x * 2); return [Object.prototype.toString.call(s), await s(21)]; },
  "/call-gives-rpc-promise": async () => {
    const s = new RpcStub(new Local());
    const p = s.hi();
    return [Object.prototype.toString.call(p), p instanceof RpcPromise, await p];
  },
  "/pass-to-callee": async (env) => {
    const s = new RpcStub(new Local());
    const r = await env.B.use(s);
    return [r, await env.B.readGetter(new RpcStub(new Local())), await safe(() => s.hi())];
  },
  "/pass-function-stub": async (env) => env.B.useFn(new RpcStub((x) => `wrapped ${x}`), 7),
  "/dispose-local": async () => { const s = new RpcStub(new Local()); const d = s.dup(); s[Symbol.dispose](); return [await safe(() => s.hi()), await d.hi()]; },
  "/dup-of-disposed": async () => { const s = new RpcStub(new Local()); s[Symbol.dispose](); const d = s.dup(); return [typeof d, await safe(() => d.hi())]; },
  "/kept-by-callee": async (env) => { await env.B.keep(new RpcStub(new Local())); return env.B.callKept(); },
  "/same-stub-twice": async (env) => { const s = new RpcStub(new Local()); return env.B.isSame(s, s); },
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
