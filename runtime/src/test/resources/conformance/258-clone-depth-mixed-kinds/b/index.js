import { WorkerEntrypoint } from "cloudflare:workers";

// ---- value rendering helpers (identical in every case that uses them) ----
function show(v, stack = []) {
  if (v === undefined) return "undefined";
  if (v === null) return "null";
  switch (typeof v) {
    case "number": return Object.is(v, -0) ? "-0" : String(v);
    case "bigint": return `${v}n`;
    case "string": return JSON.stringify(v);
    case "boolean": return String(v);
    case "symbol": return `Symbol(${v.description ?? ""})`;
    case "function": return "function";
  }
  if (stack.includes(v)) return `<cycle ${stack.length - stack.indexOf(v)} up>`;
  stack = [...stack, v];
  if (v instanceof Error) return showErr(v);
  if (v instanceof Number || v instanceof String || v instanceof Boolean || Object.prototype.toString.call(v) === "[object BigInt]") {
    return `${v.constructor.name}Object(${show(v.valueOf())})`;
  }
  if (v instanceof Date) return `Date(${isNaN(v) ? "Invalid" : v.toISOString()})`;
  if (v instanceof RegExp) return `RegExp(/${v.source}/${v.flags} lastIndex=${v.lastIndex})`;
  if (v instanceof Map) return `Map{${[...v].map(([k, x]) => `${show(k, stack)} => ${show(x, stack)}`).join(", ")}}`;
  if (v instanceof Set) return `Set{${[...v].map((x) => show(x, stack)).join(", ")}}`;
  if (v instanceof ArrayBuffer) return `ArrayBuffer(${[...new Uint8Array(v)].join(",")})`;
  if (v instanceof DataView) return `DataView(${[...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)].join(",")})`;
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}(${[...v].map((x) => show(x)).join(",")})`;
  if (Array.isArray(v)) {
    const items = [];
    for (let i = 0; i < v.length; i++) items.push(i in v ? show(v[i], stack) : "<hole>");
    return `[${items.join(", ")}]`;
  }
  const proto = Object.getPrototypeOf(v);
  const kind = proto === Object.prototype ? "" : proto === null ? "<null-proto>" : `${v.constructor?.name ?? "?"}`;
  return `${kind}{${Object.keys(v).map((k) => `${k}: ${show(v[k], stack)}`).join(", ")}}`;
}
function showErr(e) {
  if (!(e instanceof Error)) return `non-Error ${show(e)}`;
  const extra = Object.getOwnPropertyNames(e)
    .filter((k) => k !== "stack" && k !== "message")
    .sort()
    .map((k) => `${k}=${show(e[k])}`);
  return [e.constructor.name, `name=${e.name}`, `message=${JSON.stringify(e.message)}`, ...extra].join(" ");
}

// n levels, alternating the given kinds: obj {a}, arr [x], map Map{1 => x}, set Set{x}
function make(n, kinds) {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const k = kinds[i % kinds.length];
    v = k === "obj" ? { a: v } : k === "arr" ? [v] : k === "map" ? new Map([[1, v]]) : k === "set" ? new Set([v]) : k === "date" ? { d: new Date(0), a: v } : null;
  }
  return v;
}
function depthOf(v) {
  let n = 0;
  while (typeof v === "object") { n++; v = v instanceof Map ? v.get(1) : v instanceof Set ? [...v][0] : Array.isArray(v) ? v[0] : v.a; }
  return n;
}
export default class extends WorkerEntrypoint {
  depth(v) { return depthOf(v); }
  deepRet(n, kinds) { return make(n, kinds); }
}
