import { WorkerEntrypoint, RpcTarget } from "cloudflare:workers";
const MiB = 1024 * 1024;
class T extends RpcTarget { big() { return "t".repeat(33 * MiB); } }
export default class extends WorkerEntrypoint {
  size(...args) { return args.map((a) => a.byteLength ?? a.length ?? [...a].length); }
  make(kind, n) {
    if (kind === "bytes") return new Uint8Array(n);
    if (kind === "response") return new Response(new Uint8Array(n));
  }
  async callWithBig(cb) { try { return await cb("c".repeat(33 * MiB)); } catch (e) { return `callee caught ${e.constructor.name}: ${e.message} remote=${e.remote}`; } }
  async callAndMeasure(cb) { try { return (await cb()).length; } catch (e) { return `callee caught ${e.constructor.name}: ${e.message} remote=${e.remote}`; } }
  target() { return new T(); }
  async bodyLength(req) { return (await req.arrayBuffer()).byteLength; }
  throwBig() { throw new Error("m".repeat(33 * MiB)); }
}
