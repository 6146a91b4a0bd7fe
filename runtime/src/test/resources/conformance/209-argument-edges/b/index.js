import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Chain extends RpcTarget { constructor(n) { super(); this.n = n; } add(k) { this.n += k; return this; } get value() { return this.n; } }
export default class Api extends WorkerEntrypoint {
  inspect(...args) { return { count: args.length, args, holes: args.map((a, i) => i in args) }; }
  mixed(a = "A", b = "B", ...rest) { return { a, b, rest, len: arguments.length }; }
  usesArguments() { return [arguments.length, Array.from(arguments)]; }
  destructured({ a, b: [x, y] }) { return [a, x, y]; }
  async chain() { const c = new Chain(1); return (await c.add(2)).add(3).value; }
  self() { return this; }
}
