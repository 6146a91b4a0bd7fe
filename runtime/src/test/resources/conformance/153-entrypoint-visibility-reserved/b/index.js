import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

const secret = Symbol("secret");
class Tool extends RpcTarget {
  alarm() { return "tool alarm"; }
  connect() { return "tool connect"; }
  get inner() { return { fetch: () => "inner fetch" }; }
}
class Base extends WorkerEntrypoint {
  baseMethod() { return "from Base"; }
  get baseGetter() { return "base getter"; }
  overridden() { return "Base version"; }
  alarm() { return "base alarm"; }
}
class Middle extends Base {
  overridden() { return `Middle over ${super.overridden()}`; }
}
export default class Api extends Middle {
  static staticMethod() { return "static"; }
  get thrower() { throw new RangeError("getter failed"); }
  [secret]() { return "symbol method"; }
  ["with space"]() { return "spaced name ran"; }
  ["123abc"]() { return "digit-led name ran"; }
  scheduled(x) { return `scheduled ${x}`; }
  queue(x) { return `queue ${x}`; }
  tail(x) { return `tail ${x}`; }
  email(x) { return `email ${x}`; }
  test(x) { return `test ${x}`; }
  trace(x) { return `trace ${x}`; }
  tailStream(x) { return `tailStream ${x}`; }
  webSocketOpen() { return "webSocketOpen ran"; }
  hasOwnProperty() { return "callee hasOwnProperty"; }
  toLocaleString() { return "callee toLocaleString"; }
  isPrototypeOf() { return "callee isPrototypeOf"; }
  get wrap() { return { alarm: { x: () => "deep x" }, webSocketClose: () => "wsc", dupe: () => "dupe" }; }
  get tool() { return new Tool(); }
  makeTool() { return new Tool(); }
}
