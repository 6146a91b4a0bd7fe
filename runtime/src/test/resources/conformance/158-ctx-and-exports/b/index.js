import { WorkerEntrypoint, DurableObject } from "cloudflare:workers";

function shape(ctx) {
  const d = (k) => { const x = Object.getOwnPropertyDescriptor(ctx, k); return x ? `${"value" in x ? "data" : "accessor"} w=${x.writable} e=${x.enumerable} c=${x.configurable}` : "none"; };
  const proto = Object.getPrototypeOf(ctx);
  return {
    keys: Object.keys(ctx),
    protoNames: Object.getOwnPropertyNames(proto).sort(),
    protoKeys: Object.keys(proto),
    tag: Object.prototype.toString.call(ctx),
    ctor: proto.constructor.name,
    props: d("props"),
    exports: d("exports"),
    cache: typeof ctx.cache,
    tracing: typeof ctx.tracing,
    waitUntil: ctx.waitUntil.length,
  };
}
export class Zeta extends WorkerEntrypoint {
  hello(x) { return `Zeta ${x} props=${JSON.stringify(this.ctx.props)}`; }
}
export class DObj extends DurableObject {}
export const objExport = {
  hello(x, env, ctx) { return `objExport ${x} props=${JSON.stringify(ctx.props)}`; },
  fetch() { return new Response("objExport fetch"); },
};
export function plainFn() { return 1; }
export class Alpha extends WorkerEntrypoint {}
export const arr = [1];
export default class extends WorkerEntrypoint {
  shape() { return shape(this.ctx); }
  json() { return JSON.stringify(this.ctx); }
  props() { return this.ctx.props; }
  mutateProps() { this.ctx.props.role = "changed"; const before = this.ctx.props.role; this.ctx.props = { replaced: true }; return [before, this.ctx.props]; }
  exportsOrder() { const e = this.ctx.exports; return Object.keys(e).map((k) => `${k}:${Object.prototype.toString.call(e[k])}:${typeof e[k]}`); }
  async loopbacks() { const e = this.ctx.exports; return [await e.Zeta.hello("z"), await e.objExport.hello("o"), await (await e.objExport.fetch("http://x/")).text(), await e.default.props()]; }
  loopbackShape() { const L = this.ctx.exports.default; return [String(L), Object.getOwnPropertyNames(Object.getPrototypeOf(L)), Object.keys(Object.getPrototypeOf(Object.getPrototypeOf(L))), typeof L.fetch, typeof L.anything, this.ctx.exports === this.ctx.exports]; }
  async withProps() {
    const s = this.ctx.exports.Zeta({ props: { a: 1, list: [2] } });
    return [typeof s, Object.prototype.toString.call(s), await s.hello("x"), await this.ctx.exports.Zeta({}).hello("e"), await this.ctx.exports.objExport({ props: { o: 2 } }).hello("o")];
  }
  loopbackCallErrors() {
    const out = [];
    for (const f of [() => this.ctx.exports.Zeta(), () => this.ctx.exports.Zeta({ props: 5 }), () => this.ctx.exports.Zeta({ props: { f() {} } })]) {
      try { f(); out.push("no error"); } catch (e) { out.push(`${e.constructor.name}: ${e.message}`); }
    }
    return out;
  }
  unboundWaitUntil() { const w = this.ctx.waitUntil; try { w(Promise.resolve()); return "no error"; } catch (e) { return `${e.constructor.name}: ${e.message}`; } }
}
