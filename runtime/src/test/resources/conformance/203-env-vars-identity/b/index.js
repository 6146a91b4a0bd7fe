import { WorkerEntrypoint, env as moduleEnv } from "cloudflare:workers";
let seen = null;
const ids = new WeakMap();
let nextId = 1;
const idOf = (o) => { if (!ids.has(o)) ids.set(o, nextId++); return ids.get(o); };
export default class Api extends WorkerEntrypoint {
  constructor(ctx, env) { super(ctx, env); this.ctorEnv = env; }
  envState(label) { return `${label}: env#${idOf(this.env)} same-as-ctor=${this.ctorEnv === this.env} module=${moduleEnv === this.env} ctx#${idOf(this.ctx)}`; }
  bump() { this.env.COUNTER_START += 1; this.env.NESTED.a.b.push("more"); return [this.env.COUNTER_START, this.env.NESTED.a.b.length]; }
  vars() { return [this.env.COUNTER_START, this.env.NESTED, Object.keys(this.env)]; }
  async viaSelf() { return [await this.env.SELF.envState("self"), String(this.env.SELF)]; }
  moduleEnv() { return [typeof moduleEnv, Object.keys(moduleEnv), Object.prototype.toString.call(moduleEnv), moduleEnv.COUNTER_START]; }
}
export class Named extends WorkerEntrypoint {
  envState(label) { return `${label}: env#${idOf(this.env)}`; }
  readBump() { return [this.env.COUNTER_START, this.env.NESTED.a.b.length]; }
}
export const objHandler = {
  envState(label, env, ctx) { return `${label}: env#${idOf(env)}`; },
};
