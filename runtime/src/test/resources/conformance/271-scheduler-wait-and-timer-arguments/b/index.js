import { WorkerEntrypoint } from "cloudflare:workers";
const desc = (e) => e instanceof Error
  ? [e.constructor.name, e.name, e.message, ...Object.getOwnPropertyNames(e).filter((k) => k !== "stack").sort().map((k) => `${k}=${JSON.stringify(e[k])}`)].join(" ")
  : `non-Error ${typeof e} ${JSON.stringify(e)}`;
export default class extends WorkerEntrypoint {
  async waitRejections() {
    class MyError extends Error { constructor() { super("mine"); this.name = "MyError"; this.code = 7; } }
    const out = [];
    for (const r of [new MyError(), Object.assign(new RangeError("r"), { extra: 1 }), { an: "object" }, "a string", 5]) {
      try { await scheduler.wait(5, { signal: AbortSignal.abort(r) }); out.push("resolved"); } catch (e) { out.push(`${desc(e)} same=${e === r}`); }
    }
    return out;
  }
}
