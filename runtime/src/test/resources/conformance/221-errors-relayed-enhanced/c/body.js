import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class MyErr extends TypeError { constructor(m) { super(m); this.name = "MyErr"; this.code = 7; } }
class Thing { constructor() { this.x = 1; } }
export const throwers = {
  typeErrorCode: () => { const e = new TypeError("te"); e.code = 5; throw e; },
  subclass: () => { throw new MyErr("sub"); },
  aggregate: () => { throw new AggregateError([new RangeError("r1"), 2], "agg", { cause: "why" }); },
  dom: () => { throw new DOMException("dm", "InvalidStateError"); },
  string: () => { throw "str"; },
  object: () => { throw { k: 1 }; },
  retryable: () => { const e = new Error("rt"); e.retryable = true; throw e; },
  causeChain: () => { throw new Error("top", { cause: new TypeError("mid", { cause: 3 }) }); },
};
export function doThrow(kind) { throwers[kind](); }
