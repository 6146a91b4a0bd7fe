import { WorkerEntrypoint } from "cloudflare:workers";
const vals = { str: () => "s", num: () => 7, nul: () => null, undef: () => undefined, obj: () => ({ o: 1 }), arr: () => [1], map: () => new Map([[1, 2]]), custom: () => { const e = new RangeError("c"); e.name = "Mine"; e.code = 4; return e; } };
export default class extends WorkerEntrypoint {
  async fetch(request) { const k = new URL(request.url).pathname.slice(1); await null; throw vals[k](); }
  rethrowArg(e) { throw e; }
  returnArg(e) { return [e, e]; }
  wrapArg(e) { throw new TypeError("outer", { cause: e }); }
}
export class Broken extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); const e = new SyntaxError("ctor"); e.name = "CtorErr"; e.detail = { x: 1 }; throw e; }
  m() { return 1; }
  async fetch() { return new Response("x"); }
}
