import { WorkerEntrypoint } from "cloudflare:workers";
const after = async (f) => { try { return `usable: ${await f()}`; } catch (e) { return `${e.constructor.name}: ${e.message}`; } };
export default class extends WorkerEntrypoint {
  async toOtherService() { const c = await this.env.B.makeCounter(1); const r = await this.env.C.useCounter(c); return [r, await after(() => c.increment(1))]; }
  async toItsOwnMethod() { const c = await this.env.B.makeCounter(1); const r = await c.takeOther(c); return [r, await after(() => c.increment(1))]; }
  async toAnotherTarget() { const a = await this.env.B.makeCounter(1); const b = await this.env.B.makeCounter(50); const r = await a.takeOther(b); return [r, await after(() => b.increment(1)), await after(() => a.increment(1))]; }
  async inMap() { const c = await this.env.B.makeCounter(0); const r = await this.env.B.useMap(new Map([["c", c]])); return [r, await after(() => c.increment(1))]; }
  async inArray() { const c = await this.env.B.makeCounter(0); const r = await this.env.B.useArray([c]); return [r, await after(() => c.increment(1))]; }
  async echoedBack() { const c = await this.env.B.makeCounter(0); const back = await this.env.B.echo(c); return [await after(() => back.increment(1)), await after(() => c.increment(1))]; }
  async echoedInObject() { const c = await this.env.B.makeCounter(0); const back = await this.env.B.echoInObject(c); return [await after(() => back.c.increment(1)), await after(() => c.increment(1))]; }
  async fnToOwner() { const f = await this.env.B.makeFn(); const r = await this.env.B.callFn(f); return [r, await after(() => f())]; }
  async viaGetterTarget() { const c = await this.env.B.makeCounter(0); const h = await c.holder; const r = await h.use(c); return [r, await after(() => c.increment(1))]; }
  async twoCallsSameStub() { const c = await this.env.B.makeCounter(0); const r1 = await after(() => this.env.B.useCounter(c)); const r2 = await after(() => this.env.B.useCounter(c)); return [r1, r2]; }
}
