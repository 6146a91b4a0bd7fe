import { WorkerEntrypoint } from "cloudflare:workers";
import { build, describe, mutate } from "./kit.js";

let kept;
let own;

// The receiving side for CloneProperties; also called from Java directly (Java values).
export default class extends WorkerEntrypoint {
  describe(value) { return describe(value); }
  echo(value) { return value; }
  expected(recipe) { return describe(build(recipe), true); }
  make(recipe) { return build(recipe); }
  makeBoxed(recipe) { return { value: build(recipe) }; }

  keep(value) { kept = value; return describe(value); }
  describeKept() { return describe(kept); }
  mutateKept() { mutate(kept); }
  isKept(value) { return value === kept; }
  same(a, b) { return a === b.inner[0]; }

  makeAndKeep(recipe) { own = build(recipe); return own; }
  describeOwn() { return describe(own); }
  ownTwice() { return [own, { inner: [own] }]; }
  ownOnce() { return own; }
}
