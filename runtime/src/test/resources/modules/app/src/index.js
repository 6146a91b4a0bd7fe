import { WorkerEntrypoint } from "cloudflare:workers";
import data from "./data.json";
import { add } from "./math";
import { value as conditional } from "cond-pkg";

// Static imports above (a broken one would stop the worker from starting); load() imports one
// specifier dynamically so each test checks one kind of import.
export default class extends WorkerEntrypoint {
  statics() {
    return { data, sum: add(2, 3), conditional };
  }
  async load(specifier) {
    const m = await import(specifier);
    return "value" in m ? m.value : m.default;
  }
  async json(specifier) {
    const { default: d } = await import(specifier);
    return { keys: Object.keys(d), proto: Object.getPrototypeOf(d) === Object.prototype, data: d };
  }
}
