import { WorkerEntrypoint } from "cloudflare:workers";

export default class extends WorkerEntrypoint {
  add(a, b) {
    return `add this=${this === undefined ? "undefined" : this.constructor.name} ${a + b}`;
  }
  get label() {
    return "label getter";
  }
}
