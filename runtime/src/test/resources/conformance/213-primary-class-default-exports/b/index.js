import { WorkerEntrypoint } from "cloudflare:workers";
export class Inner extends WorkerEntrypoint { who() { return `Inner props=${JSON.stringify(this.ctx.props)}`; } }
export default class extends WorkerEntrypoint {
  async viaExports() { return [await this.ctx.exports.Inner.who(), await this.ctx.exports.Inner({ props: this.ctx.props }).who(), await this.ctx.exports.default.plain()]; }
  plain() { return `plain props=${JSON.stringify(this.ctx.props)}`; }
  async fetch(req) { return new Response(`callee fetch exports=${Object.keys(this.ctx.exports)} props=${JSON.stringify(this.ctx.props)}`); }
}
