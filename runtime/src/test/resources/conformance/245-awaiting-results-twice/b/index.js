import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let count = 0;
class T extends RpcTarget {
  get counted() { return ++count; }
  hello() { count++; return "hello"; }
}
export default class extends WorkerEntrypoint {
  fails() { count++; throw new RangeError("fails once"); }
  count() { return count; }
  resetCount() { count = 0; }
  get counted() { return ++count; }
  target() { return new T(); }
  obj() { return { fn: () => "fn", n: 1 }; }
}
