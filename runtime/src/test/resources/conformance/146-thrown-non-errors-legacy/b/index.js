import { WorkerEntrypoint } from "cloudflare:workers";

class K { constructor() { this.k = 1; } }
const Anon = class {};
const throwers = {
  obj: () => ({ code: 42 }),
  arr: () => [1, 2],
  map: () => new Map([[1, 2]]),
  inst: () => new K(),
  anon: () => new (class {})(),
  date: () => new Date(0),
  regexp: () => /x/g,
  ownToString: () => ({ toString() { return "custom"; } }),
  nullProto: () => Object.create(null),
  tagged: () => ({ [Symbol.toStringTag]: "Tagged" }),
  boxed: () => new Number(5),
  promise: () => Promise.resolve(1),
  weakmap: () => new WeakMap(),
  fn: () => function named() { return 1; },
  num: () => 42,
  bool: () => false,
};

export default class extends WorkerEntrypoint {
  t(kind) { throw throwers[kind](); }
}
