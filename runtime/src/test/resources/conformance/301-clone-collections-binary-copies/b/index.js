import { WorkerEntrypoint } from "cloudflare:workers";
const kept = {};
export default class Api extends WorkerEntrypoint {
  echo(...args) { return args; }
  one(v) { return v; }
  mutate(m) { if (m instanceof Map) { m.set("added", 1); m.delete("a"); } if (m instanceof Set) m.add("added"); if (ArrayBuffer.isView(m)) m[0] = 99; if (m instanceof ArrayBuffer) new Uint8Array(m)[0] = 99; return m; }
  describe(v) {
    const d = (x) => x === null ? "null" : typeof x !== "object" ? typeof x : Object.prototype.toString.call(x) + (Object.getPrototypeOf(x) === null ? "(null-proto)" : "") + ":" + (x.constructor?.name);
    if (v instanceof Map) return ["Map", v.size, [...v.keys()].map(d), [...v.values()].map(d), Object.keys(v)];
    if (v instanceof Set) return ["Set", v.size, [...v].map(d)];
    if (ArrayBuffer.isView(v)) return [d(v), v.byteOffset, v.byteLength, v.buffer.byteLength, Object.keys(v).length, v.length];
    if (v instanceof ArrayBuffer) return [d(v), v.byteLength, v.resizable, v.maxByteLength];
    return d(v);
  }
  keysIdentity(m) { const ks = [...m.keys()]; return ks.map((k, i) => ks.map((k2) => k === k2 ? 1 : 0).join("")); }
  sharedBuf(a, b) { return [a.buffer === b.buffer, a.byteOffset, b.byteOffset, (a[0] = 7, b[0])]; }
  makeMap() { const o = { id: 1 }; return new Map([[o, o], ["self", null], [NaN, "nan"], [0, "zero"]]); }
  makeBin() { const buf = new ArrayBuffer(8); const u = new Uint8Array(buf, 2, 4); u.set([1, 2, 3, 4]); return { buf, u, dv: new DataView(buf, 1, 3), f: new Float64Array([NaN, -0, Infinity]) }; }
  store(v) { kept.v = v; return "stored"; }
  readStored() { return kept.v; }
}
