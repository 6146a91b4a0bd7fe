import { WorkerEntrypoint } from "cloudflare:workers";
let seq = 0;
export class Admin extends WorkerEntrypoint {
  whoami() { return `Admin ${this.env.WHO} props=${JSON.stringify(this.ctx.props)} class=${this.constructor.name}`; }
  mutateProps() { this.ctx.props.level = -1; this.ctx.props.added = 1; return this.ctx.props; }
  readProps() { return this.ctx.props; }
  async fetch(req) { return new Response(`Admin fetch ${req.method} ${new URL(req.url).pathname} props=${JSON.stringify(this.ctx.props)} body=${await req.text()}`, { status: 202, headers: { "x-role": String(this.ctx.props.role) } }); }
  propsFrozen() { return [Object.isFrozen(this.ctx.props), Object.getPrototypeOf(this.ctx.props) === Object.prototype, typeof this.ctx.props]; }
}
export class SubAdmin extends Admin {
  whoami() { return "Sub>" + super.whoami(); }
}
export class NoFetch extends WorkerEntrypoint {
  ping() { return `pong props=${JSON.stringify(this.ctx.props)}`; }
}
export const objApi = {
  hello(arg, env, ctx) { return `objApi hello ${arg} ${env.WHO} props=${JSON.stringify(ctx.props)}`; },
  fetch(req, env, ctx) { return new Response(`objApi fetch props=${JSON.stringify(ctx.props)}`); },
};
export default class Main extends WorkerEntrypoint {
  whoami() { return `Main props=${JSON.stringify(this.ctx.props)} seq=${++seq}`; }
  fetch(req) { return new Response(`Main fetch props=${JSON.stringify(this.ctx.props)}`); }
}
