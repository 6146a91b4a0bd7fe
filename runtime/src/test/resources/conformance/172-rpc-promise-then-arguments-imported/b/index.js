import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Box extends RpcTarget {
  get value() { return 7; }
}

export default class extends WorkerEntrypoint {
  add(a, b) { return a + b; }
  box() { return new Box(); }
}
