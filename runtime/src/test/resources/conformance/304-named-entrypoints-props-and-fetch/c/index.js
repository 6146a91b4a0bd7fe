import { WorkerEntrypoint } from "cloudflare:workers";
export class Admin extends WorkerEntrypoint {
  whoami() { return `other Admin ${this.env.WHO} props=${JSON.stringify(this.ctx.props)}`; }
}
export default { fetch() { return new Response("other default"); } };
