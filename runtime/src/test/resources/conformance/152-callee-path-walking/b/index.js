import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Plain { constructor() { this.v = 1; } m() { return "plain m"; } }
class Counter extends RpcTarget {
  constructor() { super(); this.field = 2; }
  m(x) { return `target m ${x}`; }
  get g() { return { inner: (y) => `inner ${y}` }; }
}
function tool(x) { return `tool ${x}`; }
tool.version = "v1";
tool.helper = (y) => `helper ${y}`;

export default class extends WorkerEntrypoint {
  get config() { return { db: { name: "main", connect: (n) => `connect ${n}` }, list: [10, (z) => `in list ${z}`], tool }; }
  get tool() { return tool; }
  get plain() { return new Plain(); }
  get counter() { return new Counter(); }
  get map() { return new Map([["k", 1]]); }
  get text() { return "hello"; }
  get nothing() { return null; }
  get bare() { const o = Object.create(null); o.x = () => "bare x"; return o; }
}
