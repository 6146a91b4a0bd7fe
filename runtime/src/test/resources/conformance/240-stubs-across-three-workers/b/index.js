import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async relayCallback(cb) { return `b: ${await this.env.C.callIt(cb, "from c")}`; }
  async relayTarget(t) { return await this.env.C.hitTarget(t); }
  fromC(name) { return this.env.C.make(name); }
  async bounce(t) { return await this.env.C.echo(t); }
  async awaitC(kind) { return await this.env.C.fail(kind); }
  returnC(kind) { return this.env.C.fail(kind); }
  async returnCValue(n) { return this.env.C.double(n); }
  returnCObject() { return this.env.C.obj(); }
  async relayFnProps(f) { return await this.env.C.readProps(f); }
  async relayTwice(t) { return await this.env.C.twice(t, { again: t }); }
  async nested(cbA) { return await this.env.C.callIt((s) => cbA(`b(${s})`), "c"); }
}
