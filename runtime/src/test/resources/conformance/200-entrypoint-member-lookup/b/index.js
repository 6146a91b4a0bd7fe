import { WorkerEntrypoint } from "cloudflare:workers";

class L3 extends WorkerEntrypoint {
  level3() { return "level3 from L3"; }
  chained() { return "L3"; }
}
class L2 extends L3 {
  level2() { return "level2 from L2"; }
  chained() { return `L2>${super.chained()}`; }
}
class L1 extends L2 {
  level1() { return "level1 from L1"; }
  chained() { return `L1>${super.chained()}`; }
}
const helper = { who: "helper" };
function tagged() { return "tagged"; }
tagged.tag = "t!";
export default class Api extends L1 {
  static staticField = "sf";
  static get staticGetter() { return "sg"; }
  get pair() { return this._v ?? "pair default"; }
  set pair(v) { this._v = v; }
  set setOnly(v) {}
  get fnGetter() { return (a, b) => `fnGetter ${a + b}`; }
  self() { return this; }
  myEnv() { return this.env; }
  myCtx() { return this.ctx; }
  async *gen() { yield 1; }
  withDefaults(a, b = 1, c) { return a; }
  get tagged() { return tagged; }
}
Api.prototype.bound = function (x) { return `bound ${x} this=${this === helper ? "helper" : typeof this}`; }.bind(helper);
Api.prototype.boundArrow = (x) => `arrow ${x}`;
Api.prototype.num = 7;
Api.prototype.obj = { k: "v" };
Api.prototype.nul = null;
Api.prototype.undef = undefined;
Object.defineProperty(Api.prototype, "frozenMethod", { value() { return "frozen ran"; }, writable: false, enumerable: false });
Object.defineProperty(Api.prototype, "hiddenMethod", { value() { return "hidden ran"; }, enumerable: true });
