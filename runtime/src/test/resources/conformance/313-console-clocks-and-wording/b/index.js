import { WorkerEntrypoint } from "cloudflare:workers";
function burn(n) { let x = 0; for (let i = 0; i < n; i++) x = (x + i * 7) % 1000003; return x; }
export default class Api extends WorkerEntrypoint {
  burn(n) { const t0 = Date.now(); const p0 = performance.now(); const r = burn(n); const t = Date.now() - t0; const p = performance.now() - p0; return [r, Number.isInteger(t) && t >= 0, Number.isInteger(p) && p >= 0]; }
  clocks() { const a = Date.now(); const c = performance.now(); return [Number.isInteger(c), c > 1.7e12, Math.abs(c - a) < 50, performance.timeOrigin]; }
  console() { return console; }
  thisErrors() { const r = []; for (const f of [() => this.nope(), () => this.ctx.nope(), () => new this.ctx.Nope(), () => this.env["a-b"]()]) { try { f(); } catch (e) { r.push(e.message); } } return r; }
  thisThrows() { return this.ctx.missing(); }
  async fetch(req) { const n = Number(new URL(req.url).searchParams.get("n")); return new Response(String(burn(n))); }
}
