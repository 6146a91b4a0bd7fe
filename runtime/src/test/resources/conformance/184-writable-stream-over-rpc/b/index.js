import { WorkerEntrypoint } from "cloudflare:workers";
const enc = new TextEncoder();
let events = [];
export default class extends WorkerEntrypoint {
  async writeTo(w, parts, mode) {
    const writer = w.getWriter();
    const res = [];
    for (const p of parts) { try { await writer.write(mode === "strings" ? p : enc.encode(p)); res.push(`wrote ${p}`); } catch (e) { res.push(`write ${p} failed: ${e.constructor.name}: ${e.message}`); } }
    if (mode === "abort") await writer.abort("callee aborts");
    else if (mode !== "noclose") { try { await writer.close(); res.push("closed"); } catch (e) { res.push(`close failed: ${e.constructor.name}: ${e.message}`); } }
    return res;
  }
  async writeToObj(o) { return this.writeTo(o.w, ["obj"]); }
  fillNoAwait(w) { const writer = w.getWriter(); writer.write(enc.encode("quick ")); writer.write(enc.encode("fill")); writer.close(); return "returned"; }
  async writeOther(w) { const writer = w.getWriter(); const out = []; for (const v of [42, { a: 1 }, new Uint16Array([0x6968]), new DataView(new Uint8Array([33]).buffer), null]) { try { await writer.write(v); out.push("ok"); } catch (e) { out.push(`${e.constructor.name}: ${e.message}`); } } await writer.close(); return out; }
  makeWritable(mode) {
    let n = 0;
    return new WritableStream({
      write(chunk) { n++; if (mode === "fail" && n === 1) throw new RangeError("callee sink refused"); events.push(chunk instanceof Uint8Array ? `bytes:${new TextDecoder().decode(chunk)}` : Object.prototype.toString.call(chunk)); },
      close() { events.push("close"); },
      abort(reason) { events.push(`abort:${reason}`); },
    });
  }
  log() { const e = events; events = []; return e; }
}
