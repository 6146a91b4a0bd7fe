import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  makeTarget() { return new (class extends RpcTarget { hi() { return "C target hi"; } })(); }
  makeFn() { return () => "C fn"; }
}
