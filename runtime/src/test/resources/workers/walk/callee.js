import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

// An array whose prototype inherits from Array.prototype: the walk takes it as plain (by its constructor)
// and, confirming it at the end of the message, gives up; core.js then serializes the whole message again.
const posingArray = () => Object.setPrototypeOf([1, 2], Object.create(Array.prototype));
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const log = [];

export default class WalkCallee extends WorkerEntrypoint {
  sharedAcrossKinds([p, m, o]) { return p === m.get(1) && o.again === p && p.x === 1; }
  mapFirst([m, p]) { return m.get("k") === p && p.y === 2; }
  sameWrapper(v) { return v.a === v.b && Number.isNaN(v.a.valueOf()) && typeof v.a === "object"; }
  types(v) {
    return [typeof v.a, String(v.a), typeof v.b[0], String(v.b[0]), Object.is(v.b[1], -0), Number.isNaN(v.b[2]),
      v.b.length, 3 in v.b, v.b[3] === undefined, 4 in v.b, v.b.named, v.s instanceof String, String(v.s)];
  }
  echo(v) { return v; }
  second(list) { return typeof list[1]; }
  leaveBehind() {
    pause(300).then(() => log.push("left-behind work ran")); // far beyond the cut-off, even on a loaded machine
    return { posing: posingArray(), fn: () => 1, target: new (class extends RpcTarget {})() };
  }
  log() { return log; }
}
