import { WorkerEntrypoint } from "cloudflare:workers";

let moduleCalls = 0;

export default class extends WorkerEntrypoint {
  fnInMap() { return new Map([["double", (x) => x * 2], ["data", 7]]); }
  fnInSet() { return new Set([() => "from set"]); }
  deepFns() { return { level1: { list: [1, { run: (s) => `deep ${s}` }] } }; }
  tagged() {
    const f = (x) => `called with ${x}`;
    f.label = "a label";
    f.nested = { depth: { n: 9 } };
    f.helper = (y) => `helper ${y}`;
    return f;
  }
  counter(start) {
    let n = start;
    return { inc: () => ++n, get: () => n };
  }
  moduleCounter() { return () => ++moduleCalls; }
  fnReturningFn() { return (a) => (b) => a * b; }
  fnReturningObject() { return () => ({ value: 5, again: () => "inner fn" }); }
  asyncFn() { return async (ms) => { await new Promise((r) => setTimeout(r, ms)); return `waited ${ms}`; }; }
  throwingFn() { return (kind) => { if (kind === "type") throw new TypeError("bad type"); throw new RangeError("out of range"); }; }
  sameFnTwice() { const f = () => "same"; return [f, f, { f }]; }
  classyFn() { function Named(a, b) { return a + b; } return Named; }
}
