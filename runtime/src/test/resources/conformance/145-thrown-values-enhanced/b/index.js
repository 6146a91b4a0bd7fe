import { WorkerEntrypoint } from "cloudflare:workers";
class K { constructor() { this.k = 1; } }
export default class extends WorkerEntrypoint {
  t(kind) {
    switch (kind) {
      case "obj": throw { code: 42, msg: "plain" };
      case "arr": throw [1, 2];
      case "map": throw new Map([[1, 2]]);
      case "inst": throw new K();
      case "null": throw null;
      case "undef": throw undefined;
      case "str": throw "s";
      case "sym": throw Symbol("q");
      case "fn": throw () => 1;
      case "date": throw new Date(0);
      case "withfn": throw { fn: () => 1, v: 1 };
      case "withsym": throw { s: Symbol("x"), v: 1 };
      case "nestedinst": throw { k: new K() };
      case "getter": throw { get g() { return "got"; } };
      case "proto": { const o = Object.create({ inherited: 1 }); o.own = 2; throw o; }
      case "frozen": throw Object.freeze({ f: 1 });
      case "nonenum": { const o = {}; Object.defineProperty(o, "h", { value: 1 }); throw o; }
      case "nested": throw { inner: new TypeError("in"), list: [1] };
    }
  }
}
