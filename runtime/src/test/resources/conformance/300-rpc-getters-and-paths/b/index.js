import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let reads = 0;
class Box extends RpcTarget {
  constructor(v) { super(); this.v = v; }
  get value() { return this.v; }
  get doubler() { return (x) => x * 2 * this.v; }
  get info() { return { label: "box", fn: (y) => `box fn ${y}`, inner: { deep: () => "deep!" } }; }
  get count() { return ++reads; }
}
export default class Api extends WorkerEntrypoint {
  get config() { return { name: "cfg", version: 3, list: [1, 2, 3], nested: { flag: true, fn(a) { return `nested fn ${a}`; }, none: undefined, nul: null }, map: new Map([["k", 1]]), date: new Date(0) }; }
  get greeting() { return this.env.GREETING; }
  get cfgVar() { return this.env.CFG; }
  get asyncVal() { return Promise.resolve({ later: 42 }); }
  get box() { return new Box(5); }
  get counter() { return ++reads; }
  get throws() { throw new RangeError("getter boom"); }
  get adder() { return (a, b) => a + b; }
  get num() { return 12; }
  get str() { return "text"; }
  get undef() { return undefined; }
  get nul() { return null; }
  get arr() { return [(x) => x + 1, "two"]; }
  get fnWithProps() { const f = (x) => `f ${x}`; f.meta = { tag: "m" }; f.sub = (y) => `sub ${y}`; return f; }
  get props() { return this.ctx.props; }
  method(x) { return `method ${x}`; }
  async asyncMethod() { return "am"; }
}
export const Obj = {
  label: "object-handler",
  data: { a: 1, fn(x) { return `data.fn ${x}`; } },
  get computed() { return "computed " + typeof this; },
  fn(arg, env, ctx) { return `fn ${arg} ${env.GREETING}`; },
};
