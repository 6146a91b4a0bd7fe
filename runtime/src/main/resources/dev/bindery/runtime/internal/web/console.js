// Bindery Web platform, part 2: console with node/workerd-style formatting into host.console.
(function installConsole(host, priv) {
  "use strict";
  const g = globalThis;
  const describeError = (e) => {
    if (e instanceof Error) {
      const stack = typeof e.stack === "string" ? e.stack : "";
      const head = `${e.name}: ${e.message}`;
      return stack.startsWith(head) || stack.startsWith(e.name) ? stack : stack ? `${head}\n${stack}` : String(e);
    }
    return inspect(e, 0, []);
  };
  priv.describeError = describeError;
  const KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  const quote = (s) => "'" + s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n") + "'";
  const keyOf = (k) => (typeof k === "symbol" ? `[${k.toString()}]` : KEY.test(k) ? k : quote(k));
  const wrap = (prefix, items, open, close) => {
    if (items.length === 0) return `${prefix}${open}${close}`;
    const line = `${prefix}${open} ${items.join(", ")} ${close}`;
    if (line.length <= 72 && !line.includes("\n")) return line;
    return `${prefix}${open}\n  ${items.join(",\n").replace(/\n/g, "\n  ")}\n${close}`;
  };
  function inspect(v, depth, seen) {
    switch (typeof v) {
      case "string": return depth === 0 ? v : quote(v);
      case "number": return Object.is(v, -0) ? "-0" : String(v);
      case "bigint": return `${v}n`;
      case "boolean": case "undefined": return String(v);
      case "symbol": return v.toString();
      case "function": {
        const src = Function.prototype.toString.call(v);
        if (src.startsWith("class")) return `[class ${v.name || "(anonymous)"}]`;
        return v.name ? `[Function: ${v.name}]` : "[Function (anonymous)]";
      }
    }
    if (v === null) return "null";
    if (seen.includes(v)) return "[Circular *1]";
    if (v instanceof Error) return describeError(v);
    if (v instanceof Date) return isNaN(v) ? "Invalid Date" : v.toISOString();
    if (v instanceof RegExp) return String(v);
    if (v instanceof Promise) return "Promise { <unknown> }";
    if (v instanceof String || v instanceof Number || v instanceof Boolean) {
      return `[${v.constructor.name}: ${inspect(v.valueOf(), 1, seen)}]`;
    }
    if (depth > 2) return Array.isArray(v) ? "[Array]" : `[${v.constructor?.name ?? "Object"}]`;
    const next = [...seen, v];
    const sub = (x) => inspect(x, depth + 1, next);
    if (Array.isArray(v)) {
      const items = [];
      const n = Math.min(v.length, 100);
      for (let i = 0; i < n; i++) items.push(i in v ? sub(v[i]) : "<1 empty item>");
      if (v.length > 100) items.push(`... ${v.length - 100} more items`);
      return wrap("", items, "[", "]");
    }
    if (v instanceof Map) return wrap(`Map(${v.size}) `, [...v].map(([k, x]) => `${sub(k)} => ${sub(x)}`), "{", "}");
    if (v instanceof Set) return wrap(`Set(${v.size}) `, [...v].map(sub), "{", "}");
    if (v instanceof ArrayBuffer) return `ArrayBuffer { byteLength: ${v.byteLength} }`;
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const items = Array.from(v.slice(0, 100), (x) => sub(x));
      if (v.length > 100) items.push(`... ${v.length - 100} more items`);
      return wrap(`${v.constructor.name}(${v.length}) `, items, "[", "]");
    }
    const proto = Object.getPrototypeOf(v);
    let prefix = "";
    if (proto === null) prefix = "[Object: null prototype] ";
    else if (proto !== Object.prototype) {
      const name = v.constructor?.name || v[Symbol.toStringTag] || "Object";
      prefix = `${name} `;
    }
    const items = [];
    for (const k of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (!d.enumerable) continue;
      items.push(`${keyOf(k)}: ${"value" in d ? sub(d.value) : d.set ? "[Getter/Setter]" : "[Getter]"}`);
    }
    return wrap(prefix, items, "{", "}");
  }
  function format(args) {
    let i = 0;
    let out = "";
    if (typeof args[0] === "string" && args.length > 1) {
      const fmt = args[0];
      i = 1;
      let last = 0;
      for (let p = 0; p < fmt.length - 1; p++) {
        if (fmt[p] !== "%") continue;
        const c = fmt[p + 1];
        let rep;
        if (c === "%") rep = "%";
        else if (i < args.length) {
          const a = args[i];
          if (c === "s") rep = typeof a === "string" ? a : typeof a === "bigint" ? `${a}n` : inspect(a, 1, []);
          else if (c === "d" || c === "i") rep = typeof a === "bigint" ? `${a}n` : String(c === "i" ? Math.trunc(Number(a)) : Number(a));
          else if (c === "f") rep = String(parseFloat(a));
          else if (c === "j") { try { rep = JSON.stringify(a); } catch { rep = "[Circular]"; } }
          else if (c === "o" || c === "O") rep = inspect(a, 1, []);
          else if (c === "c") rep = "";
          if (rep !== undefined && c !== "%") i++;
        }
        if (rep === undefined) continue;
        out += fmt.slice(last, p) + rep;
        last = p + 2;
        p++;
      }
      out += fmt.slice(last);
      if (i < args.length) out += " ";
    }
    return out + args.slice(i).map((a) => inspect(a, 0, [])).join(" ");
  }
  priv.inspect = (v) => inspect(v, 0, []);
  // workerd's console is V8's: an object whose prototype is an empty object, with its 23 methods
  // as own enumerable properties in V8's order and Symbol.toStringTag "console" (checked on
  // workerd), so RPC refuses it as type "console".
  let groupIndent = "";
  const out = (level, text) => host.console(level, groupIndent ? text.replace(/^/gm, groupIndent) : text);
  const emit = (level) => function (...args) { out(level, format(args)); };
  const counts = new Map();
  const timers = new Map();
  const label = (l) => (l === undefined ? "default" : String(l));
  const console = Object.create(Object.create(Object.prototype));
  const methods = {
    debug: emit("debug"), error: emit("error"), info: emit("info"), log: emit("log"), warn: emit("warn"),
    dir(v) { out("log", inspect(v, 1, [])); },
    dirxml: emit("log"),
    table: emit("log"),
    trace(...args) {
      const stack = (new Error().stack || "").split("\n").slice(2).join("\n");
      out("log", `Trace: ${format(args)}${stack ? "\n" + stack : ""}`);
    },
    group(...args) { if (args.length) out("log", format(args)); groupIndent += "  "; },
    groupCollapsed(...args) { if (args.length) out("log", format(args)); groupIndent += "  "; },
    groupEnd() { groupIndent = groupIndent.slice(2); },
    clear() {},
    count(l) { const k = label(l); const n = (counts.get(k) || 0) + 1; counts.set(k, n); out("info", `${k}: ${n}`); },
    countReset(l) { counts.delete(label(l)); },
    assert(cond, ...args) {
      if (!cond) out("error", args.length ? `Assertion failed: ${format(args)}` : "Assertion failed");
    },
    profile() {}, profileEnd() {},
    time(l) { timers.set(label(l), Date.now()); },
    timeLog(l, ...args) {
      const k = label(l);
      if (timers.has(k)) out("info", `${k}: ${Date.now() - timers.get(k)}ms${args.length ? " " + format(args) : ""}`);
    },
    timeEnd(l) { const k = label(l); if (timers.has(k)) { out("info", `${k}: ${Date.now() - timers.get(k)}ms`); timers.delete(k); } },
    timeStamp() {},
    context() { return console; },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(console, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(console, Symbol.toStringTag, { value: "console", writable: false, enumerable: false, configurable: true });
  priv.define(g, "console", console);
});
