import { WorkerEntrypoint } from "cloudflare:workers";
class MyPromise extends Promise {}
export default class extends WorkerEntrypoint {
  thenableRejects() { return { then(_, reject) { reject(new RangeError("thenable rejected")); } }; }
  thenThrows() { return { then() { throw new SyntaxError("then threw"); } }; }
  thenGetterThrows() { return { get then() { throw new EvalError("then getter threw"); } }; }
  nestedThenables() { return { then(r) { r({ then(r2) { r2(["deep", 1]); } }); } }; }
  thenData() { return { then: 5, other: "x" }; }
  promiseSubclass() { return MyPromise.resolve("from subclass"); }
  async asyncFn() { await null; return (x) => x * 2; }
  async asyncObj() { await null; return { inner: { deep: "deep value" } }; }
  get promised() { return Promise.resolve("getter promise"); }
  get promisedFn() { return Promise.resolve((x) => `promised fn ${x}`); }
}
