// Values for CloneProperties: build(recipe) makes a JS value from a plain-data recipe (workers
// cannot eval), describe(v) renders a value canonically, mutate(v) changes every part of it.

const NUMBERS = { NaN: NaN, "-0": -0, Infinity: Infinity, "-Infinity": -Infinity };
const num = (v) => (typeof v === "string" ? NUMBERS[v] : v);

class Widget {
  constructor(x) { this.x = x; }
}
// Names a built-in type by its tag only; structured clone must go by what the object is.
class Gadget {
  get [Symbol.toStringTag]() { return "Map"; }
}
class MyArray extends Array {}
class MyMap extends Map {}
function* counter() { yield 1; }

// Recipes: { t: kind, ... }. "ref" points at an object built earlier (or still being built, which
// makes a cycle); "unclonable" is one of the values structured clone refuses.
export function build(recipe) {
  const objects = [];
  const reg = (o) => { objects.push(o); return o; };
  const define = (o, k, value, enumerable = true) =>
    Object.defineProperty(o, k, { value, enumerable, writable: true, configurable: true });
  function props(o, entries) {
    for (const [k, x, mode] of entries) {
      if (mode === "getter") {
        const value = b(x);
        Object.defineProperty(o, k, { get: () => value, enumerable: true, configurable: true });
      } else if (mode === "hidden") {
        define(o, k, b(x), false);
      } else if (mode === "symbol") {
        define(o, Symbol(k), b(x));
      } else if (mode === "tag") {
        define(o, Symbol.toStringTag, k);
      } else {
        define(o, k, b(x));
      }
    }
  }
  function buffer(spec) {
    if (spec.share !== undefined) {
      const buffers = objects.filter((o) => o instanceof ArrayBuffer);
      if (buffers.length) return buffers[spec.share % buffers.length];
    }
    const buf = reg(new ArrayBuffer(spec.bytes.length));
    new Uint8Array(buf).set(spec.bytes);
    return buf;
  }
  function b(r) {
    switch (r.t) {
      case "undef": return undefined;
      case "null": return null;
      case "bool": return r.v;
      case "num": return num(r.v);
      case "str": return String.fromCharCode(...r.units);
      case "bigint": return BigInt(r.v);
      case "ref": return objects.length ? objects[r.k % objects.length] : reg({});
      case "obj": { const o = reg({}); props(o, r.entries); return o; }
      case "arr": {
        const a = reg(r.sub ? new MyArray(r.len) : new Array(r.len));
        for (const [i, x] of r.items) define(a, String(i), b(x));
        props(a, r.named);
        return a;
      }
      case "map": {
        const m = reg(r.sub ? new MyMap() : new Map());
        for (const [k, x] of r.entries) { const key = b(k); m.set(key, b(x)); }
        return m;
      }
      case "set": { const s = reg(new Set()); for (const x of r.items) s.add(b(x)); return s; }
      case "date": {
        const date = reg(new Date(num(r.ms)));
        if (r.tag) define(date, Symbol.toStringTag, r.tag);
        return date;
      }
      case "regexp": { const re = reg(new RegExp(r.src, r.flags)); re.lastIndex = r.lastIndex; return re; }
      case "abuf": return buffer(r.buf);
      case "view": case "dview": {
        const buf = buffer(r.buf);
        const Ctor = r.t === "dview" ? DataView : globalThis[r.type];
        const size = Ctor.BYTES_PER_ELEMENT || 1;
        const off = Math.floor(Math.min(r.off, buf.byteLength) / size) * size;
        const len = Math.min(r.len, Math.floor((buf.byteLength - off) / size));
        return reg(new Ctor(buf, off, len));
      }
      case "wrap": return reg(Object(b(r.v)));
      case "err": {
        const args = r.ctor === "AggregateError" ? [[], r.message] : [r.message];
        if (r.cause) args.push({ cause: b(r.cause) });
        return reg(new globalThis[r.ctor](...args));
      }
      case "unclonable": return unclonable(r.kind, r.desc);
    }
    throw new Error(`bad recipe ${JSON.stringify(r)}`);
  }
  return b(recipe);
}

function unclonable(kind, desc) {
  switch (kind) {
    case "class": return new Widget(1);
    case "taggedclass": return new Gadget();
    case "nullproto": return Object.create(null);
    case "symbol": return Symbol(desc);
    case "weakmap": return new WeakMap();
    case "weakset": return new WeakSet();
    case "promise": return Promise.resolve(1);
    case "generator": return counter();
  }
  throw new Error(`bad unclonable ${kind}`);
}

const PROTOS = [
  [Array.isArray, Array.prototype], [(v) => v instanceof Map, Map.prototype], [(v) => v instanceof Set, Set.prototype],
  [(v) => v instanceof Date, Date.prototype], [(v) => v instanceof RegExp, RegExp.prototype],
  [(v) => v instanceof ArrayBuffer, ArrayBuffer.prototype], [(v) => v instanceof DataView, DataView.prototype],
];

// Canonical text of a value. Objects are numbered in order of first visit and a later visit prints
// "#n", so shared references and cycles show. Everything a clone keeps is shown, including each
// object's prototype being this realm's own. With sent = true it shows what a clone should deliver
// (lastIndex 0, only enumerable string keys, Map/Array subclasses as Map/Array); otherwise every
// own key, so keys that should have been dropped would show.
export function describe(value, sent = false) {
  const seen = new Map();
  function d(v) {
    switch (typeof v) {
      case "undefined": return "undefined";
      case "number": return Object.is(v, -0) ? "-0" : String(v);
      case "bigint": return `${v}n`;
      case "string": return JSON.stringify(v);
      case "boolean": return String(v);
      case "symbol": return `Symbol(${v.description ?? ""})`;
      case "function": return "function";
    }
    if (v === null) return "null";
    if (seen.has(v)) return `#${seen.get(v)}`;
    const id = seen.size;
    seen.set(v, id);
    return `${id}:${realm(v)}${body(v)}`;
  }
  function realm(v) {
    if (sent) return "";
    if (!(v instanceof Object)) return "<foreign>";
    const proto = Object.getPrototypeOf(v);
    for (const [is, p] of PROTOS) if (is(v)) return proto === p ? "" : "<proto?>";
    if (ArrayBuffer.isView(v)) return proto === globalThis[v.constructor.name].prototype ? "" : "<proto?>";
    if (v instanceof Error) return proto === globalThis[v.constructor.name].prototype ? "" : "<proto?>";
    for (const W of [Number, String, Boolean, BigInt]) if (proto === W.prototype) return "";
    return proto === Object.prototype ? "" : "<proto?>";
  }
  function keys(v, skip) {
    const all = sent ? Object.keys(v) : Reflect.ownKeys(v);
    return all.filter((k) => !skip.includes(k))
      .map((k) => `${typeof k === "symbol" ? `[${String(k)}]` : JSON.stringify(k)}: ${d(v[k])}`).join(", ");
  }
  function body(v) {
    if (Array.isArray(v)) {
      const items = [];
      for (let i = 0; i < v.length; i++) items.push(i in v ? d(v[i]) : "<hole>");
      const named = keys(v, ["length", ...Object.keys(v).filter((k) => String(k >>> 0) === k)]);
      return `[${items.join(", ")}]${named ? `{${named}}` : ""}`;
    }
    if (v instanceof Error) {
      const cause = Object.hasOwn(v, "cause") ? ` cause=${d(v.cause)}` : "";
      return `${v.constructor.name}(name=${v.name} message=${JSON.stringify(v.message)}${cause})`;
    }
    if (v instanceof Date) return `Date(${isNaN(v) ? "Invalid" : v.toISOString()})`;
    if (v instanceof RegExp) return `RegExp(/${v.source}/${v.flags} lastIndex=${sent ? 0 : v.lastIndex})`;
    if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${d(k)} => ${d(x)}`).join(", ")}}`;
    if (v instanceof Set) return `Set{${[...v].map(d).join(", ")}}`;
    if (v instanceof ArrayBuffer) return `ArrayBuffer(${[...new Uint8Array(v)].join(",")})`;
    if (v instanceof DataView) return `DataView(buffer=${d(v.buffer)} offset=${v.byteOffset} length=${v.byteLength})`;
    if (ArrayBuffer.isView(v)) {
      return `${v.constructor.name}(buffer=${d(v.buffer)} offset=${v.byteOffset} length=${v.length} ${[...v].map(d).join(",")})`;
    }
    for (const W of [Number, String, Boolean, BigInt]) {
      if (Object.getPrototypeOf(v) === W.prototype) return `${W.name}Object(${d(W.prototype.valueOf.call(v))})`;
    }
    return `{${keys(v, [])}}`;
  }
  return d(value);
}

// Changes every mutable part of a value, so a copy that shared anything with it would show it.
export function mutate(value) {
  const done = new Set();
  function m(v) {
    if (v === null || typeof v !== "object" || done.has(v)) return;
    done.add(v);
    if (v instanceof Map) { const entries = [...v]; v.set(`mutated${done.size}`, 1); for (const [k, x] of entries) { m(k); m(x); } return; }
    if (v instanceof Set) { const items = [...v]; v.add(`mutated${done.size}`); items.forEach(m); return; }
    if (v instanceof ArrayBuffer) { new Uint8Array(v).fill(0xee); return; }
    if (ArrayBuffer.isView(v)) { m(v.buffer); return; }
    if (v instanceof Date) { v.setTime(1234); return; }
    if (v instanceof RegExp) { v.lastIndex = 77; return; }
    const children = Object.keys(v).map((k) => v[k]);
    if (v instanceof Error) { v.message = "mutated"; } else if (Array.isArray(v)) { v.push("mutated"); } else { v.mutated = true; }
    children.forEach(m);
  }
  m(value);
}

export function showErr(e) {
  if (!(e instanceof Error)) return `non-Error ${describe(e)}`;
  return `${e.constructor.name} name=${e.name} message=${JSON.stringify(e.message)} code=${e.code} remote=${e.remote}`;
}
