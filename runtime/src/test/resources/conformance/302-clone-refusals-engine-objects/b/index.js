import { WorkerEntrypoint } from "cloudflare:workers";
function* gen() { yield 1; }
async function* agen() { yield 1; }
export default class Api extends WorkerEntrypoint {
  one(v) { return v; }
  count(...a) { return a.length; }
  ret(kind) {
    switch (kind) {
      case "symbol": return Symbol("r");
      case "symbol-in-map": return new Map([["k", Symbol.iterator]]);
      case "weakmap": return { w: new WeakMap() };
      case "weakset": return [new WeakSet()];
      case "promise-nested": return { p: Promise.resolve(1) };
      case "promise-in-map": return new Map([["p", new Promise(() => {})]]);
      case "generator": return gen();
      case "async-generator": return agen();
      case "gen-fn": return { g: gen };
      case "array-iterator": return [1, 2].values();
      case "map-iterator": return new Map().entries();
      case "string-iterator": return "ab"[Symbol.iterator]();
      case "intl": return new Intl.NumberFormat("en");
      case "intl-ns": return Intl;
      case "atomics": return Atomics;
      case "reflect": return Reflect;
      case "console": return console;
      case "weakref": return new WeakRef({});
      case "symbol-wrapper": return Object(Symbol("w"));
      case "bigint-wrapper": return Object(5n);
      case "date-sub": { class D extends Date {} return new D(0); }
      case "error-in-set": return new Set([new TypeError("t")]);
      case "proxy-array": return new Proxy([], {});
      case "shared": return new SharedArrayBuffer(2);
      case "list-format": return new Intl.ListFormat("en");
      case "regexp-sub": { class R extends RegExp {} return new R("a", "g"); }
      case "event-target": return new EventTarget();
      case "headers": return new Headers({ a: "1" });
      case "abort-controller": return new AbortController();
      case "message-channel": return typeof MessageChannel === "function" ? new MessageChannel() : "none";
    }
  }
}
