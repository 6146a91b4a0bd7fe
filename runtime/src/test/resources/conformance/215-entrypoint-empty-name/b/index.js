import { WorkerEntrypoint } from "cloudflare:workers";
export class Present extends WorkerEntrypoint {
  who() { return `Present props=${JSON.stringify(this.ctx.props)}`; }
}
export default class extends WorkerEntrypoint {
  who() { return `default props=${JSON.stringify(this.ctx.props)}`; }
  fetch(req) { return new Response(`default fetch ${new URL(req.url).pathname} props=${JSON.stringify(this.ctx.props)}`); }
}
