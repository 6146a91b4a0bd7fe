import { WorkerEntrypoint } from "cloudflare:workers";

export default class WalkCallee extends WorkerEntrypoint {
  sharedAcrossKinds([p, m, o]) { return p === m.get(1) && o.again === p && p.x === 1; }
  mapFirst([m, p]) { return m.get("k") === p && p.y === 2; }
  sameWrapper(v) { return v.a === v.b && Number.isNaN(v.a.valueOf()) && typeof v.a === "object"; }
  types(v) {
    return [typeof v.a, String(v.a), typeof v.b[0], String(v.b[0]), Object.is(v.b[1], -0), Number.isNaN(v.b[2]),
      v.b.length, 3 in v.b, v.b[3] === undefined, 4 in v.b, v.b.named, v.s instanceof String, String(v.s)];
  }
  echo(v) { return v; }
}
