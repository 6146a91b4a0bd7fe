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


const KINDS = ["messageGetterThrows", "nameGetterThrows", "propGetterThrows", "ownToString", "tagged", "stackOverwritten", "stackDeleted", "messageEnumerable", "errorsNotArray", "errorsOnError", "causeMapWithErrors", "causeFunction", "emptyNameEmptyMessage", "nullProtoError", "errorProtoObject"];
let currentEnv;
async function each(list, f) { const out = []; for (const k of list) { try { await f(k); out.push(`${k}: no throw`); } catch (e) { out.push(`${k}: ${showErr(e).replace(/reference = \w+/g, "reference = <id>")} keys=${Object.keys(e)} stack0=${JSON.stringify(String(e.stack).split("\n")[0]).replace(/reference = \w+/g, "reference = <id>")} log=${(await currentEnv.B.log()).join(",")}`); } } return "\n" + out.join("\n"); }
const tests = {
  "/a": (env) => each(KINDS.slice(0, 5), (k) => env.B.throwIt(k)),
  "/b": (env) => each(KINDS.slice(5, 10), (k) => env.B.throwIt(k)),
  "/c": (env) => each(KINDS.slice(10), (k) => env.B.throwIt(k)),
  "/d": (env) => each(["objNameThrows", "errNameThrowsOnProto", "loggedGetters"], (k) => env.B.throwIt(k)),
};
export default {
  async fetch(request, env, ctx) {
    const test = tests[new URL(request.url).pathname];
    currentEnv = env;
    try { return new Response(`ok ${show(await test(env, ctx, request))}`); } catch (e) { return new Response(`threw ${showErr(e)}`); }
  },
};
