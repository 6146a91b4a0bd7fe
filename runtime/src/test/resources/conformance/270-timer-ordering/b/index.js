import { WorkerEntrypoint } from "cloudflare:workers";
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
export default class extends WorkerEntrypoint {
  async waitThen(first, second) {
    await scheduler.wait(first);
    await pause(second);
    return `callee ${first}+${second}`;
  }
}
