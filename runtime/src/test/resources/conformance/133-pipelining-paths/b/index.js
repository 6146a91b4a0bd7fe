import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class D extends RpcTarget {
  get d() { return "deep d"; }
  get obj() { return { inner: { v: 1 }, list: [1], u: undefined, n: null, fn: () => "fnv" }; }
  e(x) { return `e(${typeof x})`; }
}
class C extends RpcTarget {
  c() { return { d: "plain d", target: new D() }; }
}
function tagged() { return "t"; }
tagged.prop = { x: 1 };

export default class extends WorkerEntrypoint {
  a() {
    return {
      b: new C(), t: new D(), list: [new D(), { x: 1 }], fn: tagged,
      make: (x) => ({ y: x * 2, g: () => "g!" }),
      data: { name: "nm", num: 3, u: undefined, n: null, z: 0, nested: { arr: [1, 2] } },
    };
  }
  get config() { return { name: "cfg", list: [1, 2], date: new Date(0), inner: { deep: { v: 2 } }, u: undefined }; }
  get tagged() { return tagged; }
  getFn() { return (x) => ({ doubled: x * 2, inner: (y) => `inner ${y}` }); }
  nothing() { return undefined; }
  nul() { return null; }
  arr() { const a = ["zero", { one: () => "one!" }]; a.extra = "named"; return a; }
  date() { return new Date(0); }
  map() { return new Map([["k", 1]]); }
  str() { return "text"; }
  fails() { throw new URIError("first failed"); }
  async failsLater() { await new Promise((r) => setTimeout(r, 5)); throw new EvalError("later"); }
  echoFn() { return { call: (cb, v) => cb(v) }; }
  target() { return new D(); }
}
