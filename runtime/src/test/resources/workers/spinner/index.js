import { WorkerEntrypoint } from "cloudflare:workers";

export default class Spinner extends WorkerEntrypoint {
  spin() {
    for (;;) {
      // never yields
    }
  }
  add(a, b) {
    return a + b;
  }
  fetch() {
    for (;;) {
      // never answers
    }
  }
}
