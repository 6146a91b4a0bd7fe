import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  add(a, b) {
    return a + b;
  }
}
export const VERSION = "1.0";
