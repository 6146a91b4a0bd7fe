import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Target extends RpcTarget {
  constructor() { super(); this.shadowed = () => "own shadow"; }
  m(x) { return `m ${x}`; }
  shadowed(x) { return `proto shadowed ${x}`; }
  get undef() { return undefined; }
}
Target.prototype.nothing = undefined;

const Logged = (B) => class extends B { logged(x) { return `logged ${x}`; } };
const Timed = (B) => class extends B { timed(x) { return `timed ${x}`; } };
class ProxiedTarget extends RpcTarget {
  constructor() {
    super();
    return new Proxy(this, { get(t, p, r) { return p in t ? Reflect.get(t, p, r) : typeof p === "string" ? (x) => `dynamic ${p} ${x}` : undefined; } });
  }
  real(x) { return `real ${x}`; }
}
class ViaProto extends RpcTarget { m(x) { return `m ${x}`; } }
const protoProxy = new Proxy(Object.create(RpcTarget.prototype), { get(t, p, r) { if (p === "dyn") return (x) => `dyn ${x}`; return Reflect.get(t, p, r); } });
Object.setPrototypeOf(ViaProto.prototype, protoProxy);
class Frozen extends RpcTarget { m(x) { return `frozen m ${x}`; } }

export default class Api extends Timed(Logged(WorkerEntrypoint)) {
  constructor(ctx, env) {
    super(ctx, env);
    this.handler = this.handler.bind(this);
  }
  handler(x) { return `handler ${x}`; }
  plain(x) { return `plain ${x}`; }
  own(x) { return `own ${x}`; }
  get undefGetter() { return undefined; }
  get sneakyToString() { return Object.prototype.toString; }
  get nullGetter() { return null; }
  target() { return new Target(); }
  get targetGetter() { return new Target(); }
  get cfg() { return { u: undefined }; }
  get proxied() { return new ProxiedTarget(); }
  get viaProto() { return new ViaProto(); }
  get frozenTarget() { return Object.freeze(new Frozen()); }
}
