import { WorkerEntrypoint } from "cloudflare:workers";

function describe(v) {
  if (v instanceof Error) {
    const own = Object.getOwnPropertyNames(v).filter((k) => k !== "stack" && k !== "message").sort();
    return `${v.constructor.name} name=${v.name} message=${JSON.stringify(v.message)} own=[${own}]` +
      (v.cause !== undefined ? ` cause=${describe(v.cause)}` : "");
  }
  if (v && typeof v === "object") return `${Object.getPrototypeOf(v) === Object.prototype ? "plain" : "other"} ${JSON.stringify(v)}`;
  return String(v);
}

export default class extends WorkerEntrypoint {
  describe(v) { return describe(v); }
  echo(v) { return v; }
}
