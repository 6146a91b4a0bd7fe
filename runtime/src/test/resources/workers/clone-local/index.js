import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

function attempt(f) {
  try {
    return f();
  } catch (e) {
    return `${e.name}: ${e.message}`;
  }
}

export default class CloneLocal extends WorkerEntrypoint {
  roundTrip() {
    const shared = { n: 1 };
    const original = { a: [1, , 3], d: new Date(0), m: new Map([[shared, "x"]]), s: shared, big: 12n, neg: -0 };
    original.self = original;
    const copy = structuredClone(original);
    return [
      copy !== original,
      copy.self === copy,
      copy.m.keys().next().value === copy.s,
      1 in copy.a,
      copy.d.getTime(),
      typeof copy.big,
      Object.is(copy.neg, -0),
    ];
  }
  refusals() {
    class Point { constructor() { this.x = 1; } }
    return [
      attempt(() => structuredClone(() => 1)),
      attempt(() => (structuredClone(new Point()).x === 1 ? "copied" : "lost")),
      attempt(() => structuredClone(new (class T extends RpcTarget {})())),
      attempt(() => structuredClone(Symbol("s"))),
      attempt(() => structuredClone()),
    ];
  }
}
