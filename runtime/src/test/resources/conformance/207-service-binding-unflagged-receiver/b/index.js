import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async use(s) { return [String(s), await s.who(), await (await s.fetch("http://c/from-b")).text()]; }
  async useNested(o) { return [o.list[0] === o.again, await o.again.who(), Object.keys(o)]; }
  giveC() { return this.env.C; }
  giveInObject() { return { c: this.env.C, n: 1 }; }
  ping() { return "pong"; }
  echo(s) { return s; }
  async forward(s) { return this.env.C.relay(s); }
}
