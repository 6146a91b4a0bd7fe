import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
let log = [];
class Base extends RpcTarget {
  parentLess() { return "base"; }
}
class Thing extends Base {
  #secret = "s3cret";
  field = "field value";
  arrow = () => "arrow";
  static count = 7;
  static create() { return new Thing("static"); }
  constructor(name, parent) { super(); this.name2 = name; this._name = name; this._parent = parent; this._count = 0; }
  get name() { return this._name; }
  get child() { return new Thing(`${this._name}/child`, this); }
  get asyncGetter() { return Promise.resolve(`async ${this._name}`); }
  get fnGetter() { return (n) => `fn getter ${n}`; }
  get whoAmI() { return this instanceof Thing ? `thing ${this._name}` : "other"; }
  get nested() { const self = this; return { inner() { return `inner ${self._name} ${this === self}`; } }; }
  viaGetterFn() { return `via ${this._name}`; }
  greet(x) { return `hello ${x} from ${this._name}`; }
  #hidden() { return this.#secret; }
  usesPrivate() { return this.#hidden(); }
  dispose() { return "plain method named dispose"; }
  [Symbol.dispose]() { log.push(`disposed ${this._name}`); }
  self() { return this; }
  spawn(n) { return new Thing(n, this); }
  path() { return this._parent ? `${this._parent.path()}>${this._name}` : this._name; }
  parentName() { return this._parent?._name; }
  bump() { return ++this._count; }
  get count() { return this._count; }
  fetch() { return "target fetch"; }
  alarm() { return "target alarm"; }
  connect() { return "target connect"; }
  webSocketMessage() { return "target wsm"; }
  toString() { return "custom toString"; }
  set setterOnly(v) {}
  get undefinedGetter() { return undefined; }
  get nullGetter() { return null; }
  get zeroGetter() { return 0; }
}
class Thenable extends RpcTarget { then(r) { r("resolved via then"); } other() { return 1; } }
export default class extends WorkerEntrypoint {
  make(name) { log = []; return new Thing(name); }
  makeThenable() { return new Thenable(); }
  wrapThenable() { return { x: new Thenable() }; }
  log() { return log; }
}
