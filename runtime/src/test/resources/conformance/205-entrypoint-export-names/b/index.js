import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
class AlarmEp extends WorkerEntrypoint { who() { return "AlarmEp"; } fetch() { return new Response("AlarmEp fetch"); } }
class FetchEp extends WorkerEntrypoint { who() { return "FetchEp"; } fetch() { return new Response("FetchEp fetch"); } }
class ThenEp extends WorkerEntrypoint { who() { return "ThenEp"; } }
class CtorEp extends WorkerEntrypoint { who() { return "CtorEp"; } }
class SpaceEp extends WorkerEntrypoint { who() { return "SpaceEp"; } }
class ToStrEp extends WorkerEntrypoint { who() { return "ToStrEp"; } }
export class PlainClass { who() { return "plain"; } fetch() { return new Response("plain fetch"); } }
export class TargetClass extends RpcTarget { who() { return "target"; } fetch() { return new Response("target fetch"); } }
class Holder { constructor() { this.own = (x, env, ctx) => `own ${x} ${typeof env} ${typeof ctx}`; } who(x) { return `proto who ${x}`; } }
export const instance = new Holder();
export const arrow = () => "arrow";
export const frozen = Object.freeze({ who(x, env, ctx) { return `frozen ${x} ${Object.isFrozen(this)}`; }, data: Object.freeze({ d: 1 }) });
export const nested = { inner: { who(x, env, ctx) { return `inner ${x} ${typeof env}`; }, arr: [1, 2] } };
export { AlarmEp as alarm, FetchEp as fetch, ThenEp as then, CtorEp as constructor, SpaceEp as "with space", ToStrEp as toString };
export default { fetch() { return new Response("default"); } };
