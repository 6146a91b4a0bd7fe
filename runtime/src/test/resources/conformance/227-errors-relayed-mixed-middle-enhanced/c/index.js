import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
import { doThrow } from "./body.js";
export default class extends WorkerEntrypoint {
  throwIt(kind) { doThrow(kind); }
  async throwAsync(kind) { await null; await new Promise((r) => setTimeout(r, 1)); await null; doThrow(kind); }
}
