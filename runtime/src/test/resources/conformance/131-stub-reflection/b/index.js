import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";

class Thing extends RpcTarget {
  hi() { return "hi"; }
  get g() { return "getter"; }
}

export default class extends WorkerEntrypoint {
  thing() { return new Thing(); }
  fn() { return () => "fn"; }
}
