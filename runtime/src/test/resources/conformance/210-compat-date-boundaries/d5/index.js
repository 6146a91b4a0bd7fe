import { WorkerEntrypoint } from "cloudflare:workers";
async function run(f) { try { const v = await f(); return typeof v === "string" ? v : `${typeof v}:${String(v)}`; } catch (e) { return `threw ${e.constructor.name}: ${e.message}`; } }
export default class extends WorkerEntrypoint {
  async report() {
    const B = this.env.B;
    return [
      Object.getOwnPropertyNames(Object.getPrototypeOf(B)).sort().join(","),
      [typeof B.get, typeof B.other, "other" in B, typeof B.then].join(","),
      await run(() => B.get("http://x/g")),
      await run(() => B.other(1)),
      await run(() => B.delete("http://x/d")),
      await run(async () => (await B.fetch("http://x/f")).text()),
    ];
  }
}
