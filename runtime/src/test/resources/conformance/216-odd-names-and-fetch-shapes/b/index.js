import { WorkerEntrypoint } from "cloudflare:workers";
export class FieldFetch extends WorkerEntrypoint { fetch = (req) => new Response(`field fetch ${new URL(req.url).pathname}`); }
export class GetterFetch extends WorkerEntrypoint { get fetch() { return (req) => new Response(`getter fetch ${new URL(req.url).pathname} this=${typeof this}`); } }
export class StringFetch extends WorkerEntrypoint { get fetch() { return "not a function"; } }
export const objStringFetch = { fetch: "nope" };
class Shared extends WorkerEntrypoint { who() { return `Shared ${this.constructor.name}`; } }
export { Shared as X, Shared as Y };
export default class extends WorkerEntrypoint {
  ["a.b"]() { return "dotted name"; }
  [""]() { return "empty name"; }
  ["ünï"]() { return "unicode name"; }
  ["-1"]() { return "minus one"; }
}
