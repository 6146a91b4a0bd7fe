import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class Proto extends Error {} Proto.prototype.retryable = true;
class OvGetter extends Error { get overloaded() { return 1; } }
const throwers = {
  retryable: () => { const e = new Error("r"); e.retryable = true; throw e; },
  overloaded: () => { const e = new TypeError("o"); e.overloaded = "yes"; throw e; },
  both: () => { const e = new RangeError("b"); e.retryable = true; e.overloaded = true; throw e; },
  retryableFalse: () => { const e = new Error("rf"); e.retryable = false; throw e; },
  retryableObject: () => { throw { retryable: true, k: 1 }; },
  overloadedArray: () => { const a = [1]; a.overloaded = true; throw a; },
  proto: () => { throw new Proto("p"); },
  ovGetter: () => { throw new OvGetter("g"); },
  nonEnum: () => { const e = new Error("ne"); Object.defineProperty(e, "retryable", { value: true, enumerable: false }); throw e; },
  custom: () => { const e = new Error("c"); e.name = "Flaky"; e.retryable = 1; throw e; },
  durable: () => { const e = new Error("d"); e.durableObjectReset = true; e.retryable = true; throw e; },
  dom: () => { const e = new DOMException("dm", "AbortError"); throw e; },
  frozenRetryable: () => { const e = new Error("fz"); e.retryable = true; Object.freeze(e); throw e; },
};
class T extends RpcTarget { fail(k) { throwers[k](); } }
export default class extends WorkerEntrypoint {
  async fetch(request) { throwers[new URL(request.url).pathname.slice(1)](); }
  throwIt(k) { throwers[k](); }
  target() { return new T(); }
  async callCb(cb) { try { await cb(); } catch (e) { return [e.constructor.name, e.message, e.retryable, e.overloaded, e.remote, Object.keys(e).join(",")]; } }
}
