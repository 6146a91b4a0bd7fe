import { WorkerEntrypoint } from "cloudflare:workers";
async function run(f) { try { const v = await f(); return typeof v === "string" ? v : `${typeof v}:${String(v)}`; } catch (e) { return `threw ${e.constructor.name}: ${e.message}`; } }
export default class extends WorkerEntrypoint {
  async reflect() {
    const B = this.env.B;
    return {
      protoNames: Object.getOwnPropertyNames(Object.getPrototypeOf(B)).sort().join(","),
      types: [typeof B.get, typeof B.put, typeof B.delete, typeof B.other, typeof B.then].join(","),
      inOps: ["get" in B, "other" in B].join(","),
      str: String(B),
    };
  }
  async calls() {
    const B = this.env.B;
    return [
      await run(() => B.get("http://x/g")),
      await run(() => B.put("http://x/p", "pbody")),
      await run(() => B.delete("http://x/d")),
      await run(() => B.other()),
      await run(async () => (await B.fetch("http://x/f")).text()),
    ];
  }
  async tags() {
    const B = this.env.B;
    const tag = (v) => Object.prototype.toString.call(v);
    const call = typeof B.other === "function" ? B.other() : null;
    if (call) call.catch(() => {});
    return [tag(B), tag(this.ctx), call ? tag(call) : "no rpc", typeof B.other === "function" ? tag(B.other) : "no rpc"];
  }
  async getShape() {
    const B = this.env.B;
    const r = B.get("http://x/g");
    return [Object.prototype.toString.call(r), r instanceof Promise, B.get.length, B.get.name].join(",");
  }
}
