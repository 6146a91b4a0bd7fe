import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
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


class Target extends RpcTarget {
  fail(m) { throw new RangeError(m); }
  get bad() { throw new SyntaxError("target getter"); }
  async failLater() { await null; await null; throw new URIError("later"); }
}
class NameOnProto extends Error {}
NameOnProto.prototype.name = "ProtoN";
class NameGetter extends Error { get name() { return "GetterN"; } }
class MsgGetter extends Error { get message() { return "msg from getter"; } }
export default class extends WorkerEntrypoint {
  async fetch(request) { const kind = new URL(request.url).pathname.slice(1); await this.env.C.throwIt(kind); return new Response("no throw"); }
  async relay(kind) { return await this.env.C.throwIt(kind); }
  relayNoAwait(kind) { return this.env.C.throwAsync(kind); }
  async wrap(kind) { try { await this.env.C.throwIt(kind); } catch (e) { throw new Error("wrapped", { cause: e }); } }
  async seen(kind) { try { await this.env.C.throwIt(kind); } catch (e) { return [showErr(e), Object.keys(e), JSON.stringify(Object.getOwnPropertyDescriptor(e, "remote"))]; } }
  async asValue(kind) { try { await this.env.C.throwIt(kind); } catch (e) { return { e, list: [e] }; } }
  async modify(kind) { try { await this.env.C.throwIt(kind); } catch (e) { e.remote = false; e.name = "Changed"; e.extra = 1; throw e; } }
  get badGetter() { throw new TypeError("getter threw"); }
  get obj() { return { get inner() { throw new Error("inner getter"); } }; }
  target() { return new Target(); }
  async callCb(cb) { try { await cb(); return "no throw"; } catch (e) { return [showErr(e), String(e.stack).split("\n")[0]]; } }
  async callCbStack(cb) { async function inCallee() { return await cb(); } try { await inCallee(); } catch (e) { return String(e.stack).replace(/\(.*?\)/g, "(LOC)"); } }
  async callCbNoCatch(cb) { await cb(); }
  async reject(kind) {
    await null; await Promise.resolve(); await new Promise((r) => setTimeout(r, 1));
    const vals = { num: 42, neg: -1.5, str: "s", nul: null, undef: undefined, sym: Symbol("q"), fn: function f() {}, arr: [1, "a"], date: new Date(0), map: new Map([[1, 2]]), big: 10n, obj: { a: 1 } };
    throw vals[kind];
  }
  rejectedPromise(kind) { return kind === "thenable" ? { then(res, rej) { rej(new TypeError("thenable rejected")); } } : Promise.reject(new RangeError("rp")); }
  names(kind) {
    if (kind === "proto") throw new NameOnProto("p");
    if (kind === "getter") throw new NameGetter("g");
    if (kind === "msgGetter") throw new MsgGetter("ignored");
    if (kind === "instGetter") { const e = new Error("ig"); Object.defineProperty(e, "name", { get() { return "InstG"; } }); throw e; }
    if (kind === "nameNonEnum") { const e = new Error("ne"); Object.defineProperty(e, "name", { value: "NE", enumerable: false }); throw e; }
    if (kind === "msgObj") { const e = new Error("x"); e.message = { toString() { return "objmsg"; } }; throw e; }
  }
  dom(name) { throw new DOMException("dm-" + name, name); }
  domValue(name) { return new DOMException("dv-" + name, name); }
  valuesNested() { const t = new TypeError("shared"); t.code = 1; return [new Map([["k", t]]), { t, again: t }, [new AggregateError([t], "ag")], new Set([new EvalError("ev")])]; }
  failing() { throw new TypeError("first failed"); }
  causes(kind) {
    if (kind === "nonError") throw new Error("ne", { cause: { a: [1] } });
    if (kind === "cyclic") { const a = new Error("a"); const b = new Error("b", { cause: a }); a.cause = b; throw a; }
    if (kind === "self") { const a = new Error("self"); a.cause = a; throw a; }
    if (kind === "deep") { let e = new Error("0"); for (let i = 1; i < 5; i++) e = new RangeError(String(i), { cause: e }); throw e; }
    if (kind === "undefinedCause") throw new Error("uc", { cause: undefined });
  }
  stackInfo() { throw new Error("stk"); }
}
