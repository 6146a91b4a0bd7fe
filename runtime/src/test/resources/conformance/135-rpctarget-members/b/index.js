import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

const log = [];
class Base extends RpcTarget {
  baseMethod() { return "from base"; }
  get baseGetter() { return "base getter"; }
}
class Box extends Base {
  #v;
  static make() { return "static"; }
  static staticField = 1;
  constructor(v) { super(); this.#v = v; this.pub = "instance"; }
  get value() { return this.#v; }
  set value(x) { this.#v = x; log.push(`set ${x}`); }
  setValue(x) { this.#v = x; return this.#v; }
  get throwing() { throw new RangeError("getter failed"); }
  child(v) { return new Box(`${this.#v}/${v}`); }
  pair() { return [new Box("L"), new Box("R")]; }
  isSame(other) { return other === this; }
  isBox(other) { return [other instanceof Box, other instanceof RpcTarget, typeof other]; }
  async slowEcho(x, ms) { await new Promise((r) => setTimeout(r, ms)); log.push(`echo ${x}`); return x; }
  append(x) { log.push(`append ${x}`); return log.length; }
}
Box.prototype.kind = "box-kind";
Box.prototype.protoFn = function () { return "protoFn"; };
let kept = null;

export default class extends WorkerEntrypoint {
  box(v) { log.length = 0; return new Box(v); }
  nested() { return { boxes: [new Box("a"), new Box("b")], map: new Map([["m", new Box("m")]]) }; }
  roundTrip(stub) { return stub.value; }
  keepStub(stub) { kept = stub; return "kept"; }
  log() { return [...log]; }
  checkOwn(stub) { return [stub instanceof Box, stub instanceof RpcTarget, typeof stub]; }
}
