import { WorkerEntrypoint } from "cloudflare:workers";
class WithToString extends Error { toString() { return "custom toString"; } }
class Tagged extends Error { get [Symbol.toStringTag]() { return "Tg"; } }
let log = [];
const throwers = {
  objNameThrows: () => { throw { get name() { throw new Error("boom"); }, k: 1 }; },
  errNameThrowsOnProto: () => { class E extends Error { get name() { throw new Error("boom"); } } throw new E("p"); },
  loggedGetters: () => { const e = new Error("lg"); for (const k of ["name", "retryable", "overloaded", "durableObjectReset", "remote", "cause"]) Object.defineProperty(e, k, { get() { log.push(k); return undefined; }, configurable: true }); throw e; },
  messageGetterThrows: () => { const e = new Error("x"); Object.defineProperty(e, "message", { get() { throw new Error("boom"); } }); throw e; },
  nameGetterThrows: () => { const e = new TypeError("y"); Object.defineProperty(e, "name", { get() { throw new Error("boom"); } }); throw e; },
  propGetterThrows: () => { const e = new RangeError("z"); Object.defineProperty(e, "bad", { get() { throw new Error("boom"); }, enumerable: true }); throw e; },
  ownToString: () => { throw new WithToString("ts"); },
  tagged: () => { throw new Tagged("tg"); },
  stackOverwritten: () => { const e = new Error("so"); e.stack = 42; throw e; },
  stackDeleted: () => { const e = new Error("sd"); delete e.stack; throw e; },
  messageEnumerable: () => { const e = new Error(); e.message = "later"; throw e; },
  errorsNotArray: () => { const e = new AggregateError([], "ag"); e.errors = "nope"; throw e; },
  errorsOnError: () => { const e = new Error("eo"); e.errors = [new TypeError("i")]; throw e; },
  causeMapWithErrors: () => { throw new Error("cm", { cause: new Map([["k", new SyntaxError("in map")]]) }); },
  causeFunction: () => { throw new Error("cf", { cause: () => 1 }); },
  emptyNameEmptyMessage: () => { const e = new Error(""); e.name = ""; throw e; },
  nullProtoError: () => { const e = new Error("np"); Object.setPrototypeOf(e, null); throw e; },
  errorProtoObject: () => { const o = Object.create(RangeError.prototype); o.message = "fake"; o.code = 2; throw o; },
};
export default class extends WorkerEntrypoint {
  throwIt(k) { log = []; throwers[k](); }
  log() { return log; }
}
