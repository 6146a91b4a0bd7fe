import { WorkerEntrypoint } from "cloudflare:workers";
function calleeThrowerValue() { return new URIError("as value"); }
function calleeThrower(kind) { if (kind === "agg") throw new AggregateError([1], "agg"); if (kind === "obj") throw { o: 1 }; const e = new TypeError("te"); e.code = 1; throw e; }
async function deep() { await null; throw new RangeError("deep"); }
export default class extends WorkerEntrypoint {
  async m2() { return await deep(); }
  errValue() { return [calleeThrowerValue()]; }
  async fetch(request) { await null; calleeThrower(new URL(request.url).pathname.slice(1)); }
  async m(kind) { await null; calleeThrower(kind); }
}
