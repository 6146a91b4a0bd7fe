import { WorkerEntrypoint, RpcTarget, DurableObject, WorkflowEntrypoint } from "cloudflare:workers";
const names = (o) => Object.getOwnPropertyNames(o).sort();
const desc = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return d ? `${"value" in d ? "data" : "accessor"} w=${d.writable} e=${d.enumerable} c=${d.configurable}` : "none"; };
const tryIt = (f) => { try { const v = f(); return `ok ${Object.keys(v).map((k) => `${k}=${typeof v[k] === "object" ? JSON.stringify(v[k]) : String(v[k])}`).join(",")}`; } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
class Lazy extends WorkerEntrypoint { constructor() { super(); } }
class HalfLazy extends WorkerEntrypoint { constructor(ctx, env) { super(ctx); } }
class Target extends RpcTarget { constructor() { super(); this.y = 2; } }
export default class Api extends WorkerEntrypoint {
  instance() {
    return { own: names(this), ctx: desc(this, "ctx"), env: desc(this, "env"), proto: Object.getPrototypeOf(Object.getPrototypeOf(this)) === WorkerEntrypoint.prototype, isWE: this instanceof WorkerEntrypoint, isRT: this instanceof RpcTarget };
  }
  classes() {
    return [WorkerEntrypoint, RpcTarget, DurableObject, WorkflowEntrypoint].map((C) => `${C.name}:${C.length}:${typeof C}:${names(C)}:${names(C.prototype)}:${C.prototype[Symbol.toStringTag]}:${Object.getPrototypeOf(C.prototype) === Object.prototype}`);
  }
  tags() {
    const tag = (v) => Object.prototype.toString.call(v);
    return [tag(this), tag(new Target()), tag(WorkerEntrypoint.prototype), String(this), `${new Target()}`];
  }
  callWithoutNew() {
    return [tryIt(() => WorkerEntrypoint()), tryIt(() => RpcTarget()), tryIt(() => DurableObject()), tryIt(() => WorkflowEntrypoint(this.ctx, this.env))];
  }
  ctorArgs() {
    return [
      tryIt(() => new WorkerEntrypoint({ a: 1 }, { e: 2 })),
      tryIt(() => new WorkerEntrypoint({ a: 1 })),
      tryIt(() => new WorkerEntrypoint({ a: 1 }, "env")),
      tryIt(() => new WorkerEntrypoint(null, {})),
      tryIt(() => new WorkerEntrypoint(5, {})),
      tryIt(() => new WorkerEntrypoint(() => 1, [])),
      tryIt(() => new RpcTarget(1, 2)),
    ];
  }
  superArgs() { return [tryIt(() => new Lazy(this.ctx, this.env)), tryIt(() => new HalfLazy(this.ctx, this.env)), tryIt(() => new Target())]; }
  otherBases() {
    return [
      tryIt(() => new DurableObject(this.ctx, this.env)),
      tryIt(() => new DurableObject()),
      tryIt(() => new WorkflowEntrypoint(this.ctx, this.env)),
      tryIt(() => new WorkflowEntrypoint({}, this.env)),
      tryIt(() => new WorkflowEntrypoint(this.ctx, 5)),
    ];
  }
}
