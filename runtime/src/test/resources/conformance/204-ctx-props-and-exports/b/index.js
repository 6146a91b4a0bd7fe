import { WorkerEntrypoint } from "cloudflare:workers";
let lastProps = null;
export default class Api extends WorkerEntrypoint {
  props() { return this.ctx.props; }
  keys() { return [Object.keys(this.ctx.props), Object.keys(this.ctx.props.a), Object.is(this.ctx.props.neg0, -0), typeof this.ctx.props.big]; }
  identity() { const p = this.ctx.props; const r = [p === this.ctx.props, p === lastProps, Object.getPrototypeOf(p) === Object.prototype]; lastProps = p; return r; }
  exportsView() { return [typeof this.ctx.exports, this.ctx.exports === undefined ? null : Object.keys(this.ctx.exports)]; }
}
export const objExport = {
  who(arg, env, ctx) { return `objExport ${arg} props=${JSON.stringify(ctx.props)}`; },
  fetch(req, env, ctx) { return new Response(`objExport fetch props=${JSON.stringify(ctx.props)}`); },
};
