// Bindery Web platform, part 1: DOMException, events, abort, timers, console, base64, crypto.
// Evaluates to an installer; host functions stay in its closure and never become globals.
(function installBase(host, priv) {
  "use strict";
  const g = globalThis;
  priv = Object.create(null);
  priv.engineGlobals = new Set(Object.getOwnPropertyNames(g)); // what the engine has, before the web platform
  const define = (obj, name, value) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const tag = (cls, name) =>
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: name, configurable: true });
  priv.define = define;
  priv.tag = tag;
  // JSG's wording; constructors read "Failed to construct 'X': constructor parameter N ..." (checked on workerd).
  priv.argError = (op, iface, n, type) => new TypeError(op === "constructor"
    ? `Failed to construct '${iface}': constructor parameter ${n} is not of type '${type}'.`
    : `Failed to execute '${op}' on '${iface}': parameter ${n} is not of type '${type}'.`);

  // ---- DOMException ----
  const CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
    InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
    InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  const LEGACY = [
    ["INDEX_SIZE_ERR", 1], ["DOMSTRING_SIZE_ERR", 2], ["HIERARCHY_REQUEST_ERR", 3], ["WRONG_DOCUMENT_ERR", 4],
    ["INVALID_CHARACTER_ERR", 5], ["NO_DATA_ALLOWED_ERR", 6], ["NO_MODIFICATION_ALLOWED_ERR", 7],
    ["NOT_FOUND_ERR", 8], ["NOT_SUPPORTED_ERR", 9], ["INUSE_ATTRIBUTE_ERR", 10], ["INVALID_STATE_ERR", 11],
    ["SYNTAX_ERR", 12], ["INVALID_MODIFICATION_ERR", 13], ["NAMESPACE_ERR", 14], ["INVALID_ACCESS_ERR", 15],
    ["VALIDATION_ERR", 16], ["TYPE_MISMATCH_ERR", 17], ["SECURITY_ERR", 18], ["NETWORK_ERR", 19],
    ["ABORT_ERR", 20], ["URL_MISMATCH_ERR", 21], ["QUOTA_EXCEEDED_ERR", 22], ["TIMEOUT_ERR", 23],
    ["INVALID_NODE_TYPE_ERR", 24], ["DATA_CLONE_ERR", 25],
  ];
  // workerd's DOMException takes (message, name) strings only: an options object is a name
  // ("[object Object]"), not a bag with a cause.
  // As on workerd, an instance's code, name, message and stack are its own enumerable properties, in
  // that order; the first three are read-only (assigning one throws in strict code), none is on the
  // prototype.
  class DOMException extends Error {
    constructor(message = "", name = "Error") {
      super(String(message));
      name = String(name);
      const readOnly = (key, value) =>
        Object.defineProperty(this, key, { value, writable: false, configurable: true, enumerable: true });
      readOnly("code", CODES[name] ?? 0);
      readOnly("name", name);
      let stack = this.stack;
      message = this.message;
      delete this.message;
      delete this.stack;
      readOnly("message", message);
      Object.defineProperty(this, "stack", {
        get() { return stack; }, set(v) { stack = v; }, configurable: true, enumerable: true,
      });
    }
  }
  tag(DOMException, "DOMException");
  for (const [k, v] of LEGACY) {
    Object.defineProperty(DOMException, k, { value: v, enumerable: true });
    Object.defineProperty(DOMException.prototype, k, { value: v, enumerable: true });
  }
  define(g, "DOMException", DOMException);
  priv.domError = (message, name) => new DOMException(message, name);

  // ---- Event / EventTarget ----
  const reportError = (e) => host.console("error", "Uncaught " + priv.describeError(e));
  priv.reportError = reportError;
  class Event {
    #type; #bubbles; #cancelable; #composed; #canceled = false; #stop = false; #stopNow = false;
    #target = null; #current = null; #phase = 0;
    constructor(type, init = {}) {
      if (arguments.length === 0) throw priv.argError("constructor", "Event", 1, "string");
      this.#type = String(type);
      this.#bubbles = !!init?.bubbles; this.#cancelable = !!init?.cancelable; this.#composed = !!init?.composed;
    }
    get type() { return this.#type; }
    get bubbles() { return this.#bubbles; }
    get cancelable() { return this.#cancelable; }
    get composed() { return this.#composed; }
    get defaultPrevented() { return this.#canceled; }
    get returnValue() { return !this.#canceled; }
    get cancelBubble() { return this.#stop; }
    get target() { return this.#target; }
    get srcElement() { return this.#target; }
    get currentTarget() { return this.#current; }
    get eventPhase() { return this.#phase; }
    get timeStamp() { return 0; } // as on workerd
    get isTrusted() { return false; }
    composedPath() { return this.#current ? [this.#current] : []; }
    preventDefault() { if (this.#cancelable) this.#canceled = true; }
    stopPropagation() { this.#stop = true; }
    stopImmediatePropagation() { this.#stop = true; this.#stopNow = true; }
    static {
      priv.eventDispatchState = (e, target, phase) => { e.#target ??= target; e.#current = target; e.#phase = phase; };
      priv.eventStoppedNow = (e) => e.#stopNow;
    }
  }
  for (const [k, v] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
    Object.defineProperty(Event, k, { value: v, enumerable: true });
    Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
  }
  class EventTarget {
    #listeners = new Map();
    addEventListener(type, listener, options) {
      if (listener == null) return;
      type = String(type);
      const once = typeof options === "object" && options !== null && !!options.once;
      const capture = typeof options === "boolean" ? options : !!options?.capture;
      const signal = typeof options === "object" && options !== null ? options.signal : undefined;
      if (signal?.aborted) return;
      let list = this.#listeners.get(type);
      if (!list) this.#listeners.set(type, (list = []));
      if (list.some((l) => l.listener === listener && l.capture === capture)) return;
      const entry = { listener, capture, once, removed: false };
      list.push(entry);
      if (signal) signal.addEventListener("abort", () => this.removeEventListener(type, listener, { capture }));
    }
    removeEventListener(type, listener, options) {
      const list = this.#listeners.get(String(type));
      if (!list) return;
      const capture = typeof options === "boolean" ? options : !!options?.capture;
      const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
      if (i >= 0) { list[i].removed = true; list.splice(i, 1); }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw priv.argError("dispatchEvent", "EventTarget", 1, "Event");
      priv.eventDispatchState(event, this, 2);
      const list = this.#listeners.get(event.type);
      if (list) {
        for (const entry of list.slice()) {
          if (entry.removed) continue;
          if (entry.once) this.removeEventListener(event.type, entry.listener, { capture: entry.capture });
          try {
            const l = entry.listener;
            if (typeof l === "function") l.call(this, event);
            else if (typeof l?.handleEvent === "function") l.handleEvent(event);
          } catch (e) {
            reportError(e);
          }
          if (priv.eventStoppedNow(event)) break;
        }
      }
      priv.eventDispatchState(event, null, 0);
      return !event.defaultPrevented;
    }
  }
  class CustomEvent extends Event {
    #detail;
    constructor(type, init = {}) {
      if (arguments.length === 0) throw priv.argError("constructor", "CustomEvent", 1, "string");
      super(type, init);
      this.#detail = init?.detail ?? null;
    }
    get detail() { return this.#detail; }
  }
  tag(Event, "Event");
  tag(CustomEvent, "CustomEvent");
  tag(EventTarget, "EventTarget");
  define(g, "Event", Event);
  define(g, "CustomEvent", CustomEvent);
  define(g, "EventTarget", EventTarget);
  define(g, "reportError", function reportError(error) { priv.reportError(error); });

  // ---- timers ----
  const timers = new Map();
  let nextTimer = 1;
  // workerd's clamp: NaN and non-positive delays are 0, at most 100 years (Infinity too). The delay
  // is converted once, as a number: a BigInt or a Symbol throws.
  const toDelay = (d) => { d = +d; return d > 0 ? Math.min(Math.floor(d), 3153600000000) : 0; };
  // JSG functions have length 0 (checked on workerd).
  const lengthZero = (f) => Object.defineProperty(f, "length", { value: 0 });
  function addTimer(fn, delay, args, repeat, op) {
    if (typeof fn !== "function") throw priv.argError(op, "ServiceWorkerGlobalScope", 1, "function");
    const ms = toDelay(delay);
    const id = nextTimer++;
    timers.set(id, { fn, args, repeat, delay: ms });
    host.setTimer(id, ms);
    return id;
  }
  priv.fireTimer = (id) => {
    const t = timers.get(id);
    if (!t) return;
    if (t.repeat) host.setTimer(id, t.delay); else timers.delete(id);
    try { t.fn.apply(g, t.args); } catch (e) { reportError(e); }
  };
  priv.addInternalTimer = (fn, delay) => addTimer(fn, delay, [], false, "setTimeout");
  const dropTimer = (id) => { if (timers.delete(id)) host.clearTimer(id); };
  function clear(op, args) {
    if (args.length === 0) throw priv.argError(op, "ServiceWorkerGlobalScope", 1, "JsNumber");
    dropTimer(+args[0]);
  }
  define(g, "setTimeout", lengthZero(function setTimeout(fn, delay, ...args) { return addTimer(fn, delay, args, false, "setTimeout"); }));
  define(g, "setInterval", lengthZero(function setInterval(fn, delay, ...args) { return addTimer(fn, delay, args, true, "setInterval"); }));
  define(g, "clearTimeout", function clearTimeout() { clear("clearTimeout", arguments); });
  define(g, "clearInterval", function clearInterval() { clear("clearInterval", arguments); });
  // workerd's scheduler: wait(ms, { signal }) is an awaitable timer. Bad arguments reject (a missing
  // delay, a BigInt, options that are not an object, a signal that is not an AbortSignal); an aborted
  // signal rejects a turn later, before any timer, with its reason as it comes back from crossing
  // workerd's C++: a copy, as a thrown value crosses an RPC boundary (core.js's crossedError). A
  // signal the runtime aborted with a reason of its own (abort() without a reason, a timeout; not
  // AbortSignal.any passing one on) comes back marked retryable when it fires during the wait (all
  // checked on workerd).
  const abortedByRuntime = new WeakSet();
  const crossed = (signal, during) => {
    const e = priv.crossedError ? priv.crossedError(signal.reason) : signal.reason;
    if (during && abortedByRuntime.has(signal)) e.retryable = true;
    return e;
  };
  let theScheduler;
  class Scheduler {
    wait(delay, options) {
      if (this !== theScheduler) {
        throw new TypeError("Illegal invocation: function called with incorrect `this` reference. See "
          + "https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.");
      }
      let ms, signal;
      try {
        if (arguments.length === 0) throw priv.argError("wait", "Scheduler", 1, "number");
        ms = toDelay(delay);
        if (options !== undefined && options !== null) {
          if (typeof options !== "object" && typeof options !== "function") throw priv.argError("wait", "Scheduler", 2, "WaitOptions");
          signal = options.signal;
          if (signal !== undefined && !priv.isSignal(signal)) {
            throw new TypeError("Incorrect type for the 'signal' field on 'WaitOptions': the provided value is not of type 'AbortSignal'.");
          }
        }
      } catch (e) {
        return Promise.reject(e);
      }
      return new Promise((resolve, reject) => {
        const later = (e) => priv.addInternalTimer(() => reject(e), 0);
        if (signal !== undefined && signal.aborted) { later(crossed(signal, false)); return; }
        let onAbort;
        const id = addTimer(() => {
          if (onAbort) signal.removeEventListener("abort", onAbort);
          resolve();
        }, ms, [], false, "wait");
        if (signal !== undefined) {
          onAbort = () => { dropTimer(id); later(crossed(signal, true)); };
          signal.addEventListener("abort", onAbort, { once: true });
        }
      });
    }
  }
  lengthZero(Scheduler.prototype.wait);
  // workerd lists wait before constructor.
  delete Scheduler.prototype.constructor;
  define(Scheduler.prototype, "constructor", Scheduler);
  tag(Scheduler, "Scheduler");
  theScheduler = new Scheduler();
  define(g, "scheduler", theScheduler);
  define(g, "queueMicrotask", lengthZero(function queueMicrotask(fn) {
    if (typeof fn !== "function") throw priv.argError("queueMicrotask", "ServiceWorkerGlobalScope", 1, "function");
    Promise.resolve().then(() => { try { fn(); } catch (e) { reportError(e); } });
  }));

  // ---- AbortController / AbortSignal ----
  let constructing = false;
  class AbortSignal extends EventTarget {
    #aborted = false; #reason = undefined; #onabort = null;
    constructor() {
      if (!constructing) throw new TypeError("Illegal constructor");
      super();
      constructing = false;
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    get onabort() { return this.#onabort; }
    set onabort(f) {
      if (this.#onabort) this.removeEventListener("abort", this.#onabort);
      this.#onabort = typeof f === "function" ? f : null;
      if (this.#onabort) this.addEventListener("abort", this.#onabort);
    }
    throwIfAborted() { if (this.#aborted) throw this.#reason; }
    static abort(reason) { const s = newSignal(); signalAbort(s, reason); return s; }
    static timeout(ms) {
      const s = newSignal();
      priv.addInternalTimer(() => {
        const reason = new DOMException("The operation was aborted due to timeout", "TimeoutError");
        reason.retryable = true; // as on workerd
        abortedByRuntime.add(s);
        signalAbort(s, reason);
      }, ms);
      return s;
    }
    static any(signals) {
      const s = newSignal();
      const list = [...signals];
      const done = list.find((x) => x.aborted);
      if (done) { signalAbort(s, done.reason); return s; }
      for (const x of list) x.addEventListener("abort", () => signalAbort(s, x.reason), { once: true });
      return s;
    }
    static {
      priv.isSignal = (s) => typeof s === "object" && s !== null && #aborted in s;
      priv.signalAbort = (s, reason) => {
        if (s.#aborted) return;
        s.#aborted = true;
        if (reason === undefined) { // workerd's default reason (checked on workerd)
          reason = new DOMException("The operation was aborted", "AbortError");
          reason.retryable = true;
          abortedByRuntime.add(s);
        }
        s.#reason = reason;
        s.dispatchEvent(new Event("abort"));
      };
    }
  }
  const newSignal = () => { constructing = true; return new AbortSignal(); };
  const signalAbort = (s, r) => priv.signalAbort(s, r);
  priv.newSignal = newSignal;
  class AbortController {
    #signal = newSignal();
    get signal() { return this.#signal; }
    abort(reason) { signalAbort(this.#signal, reason); }
  }
  tag(AbortSignal, "AbortSignal");
  tag(AbortController, "AbortController");
  define(g, "AbortSignal", AbortSignal);
  define(g, "AbortController", AbortController);

  // ---- base64 ----
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let B64V = null; // decoding table, built on first use
  const ATOB_ERR = "atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)";
  define(g, "btoa", function btoa(data) {
    if (arguments.length === 0) throw priv.argError("btoa", "ServiceWorkerGlobalScope", 1, "string");
    const s = String(data);
    let out = "";
    for (let i = 0; i < s.length; i += 3) {
      const a = s.charCodeAt(i), b = s.charCodeAt(i + 1), c = s.charCodeAt(i + 2);
      if (a > 255 || b > 255 || c > 255) {
        throw new DOMException("btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.", "InvalidCharacterError");
      }
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : "=") + (i + 2 < s.length ? B64[n & 63] : "=");
    }
    return out;
  });
  define(g, "atob", function atob(data) {
    if (arguments.length === 0) throw priv.argError("atob", "ServiceWorkerGlobalScope", 1, "string");
    let s = String(data).replace(/[\t\n\f\r ]/g, "");
    if (s.length % 4 === 0) s = s.replace(/==?$/, "");
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) throw new DOMException(ATOB_ERR, "InvalidCharacterError");
    if (!B64V) {
      B64V = new Int16Array(128).fill(-1);
      for (let i = 0; i < 64; i++) B64V[B64.charCodeAt(i)] = i;
    }
    let out = "", buf = 0, bits = 0;
    for (let i = 0; i < s.length; i++) {
      buf = (buf << 6) | B64V[s.charCodeAt(i)];
      bits += 6;
      if (bits >= 8) { bits -= 8; out += String.fromCharCode((buf >> bits) & 255); }
    }
    return out;
  });

  // ---- crypto ----
  const INTEGER_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];
  const viewBytes = (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  priv.bufferSourceBytes = (data) => {
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return viewBytes(data);
    return null;
  };
  const SubtleCrypto = class SubtleCrypto {
    digest(algorithm, data) {
      return new Promise((resolve) => {
        const name = String(typeof algorithm === "object" && algorithm !== null ? algorithm.name : algorithm).toUpperCase();
        const algo = { "SHA-1": "SHA-1", "SHA-256": "SHA-256", "SHA-384": "SHA-384", "SHA-512": "SHA-512", "MD5": "MD5" }[name];
        if (!algo) throw new DOMException("Unrecognized name.", "NotSupportedError");
        const bytes = priv.bufferSourceBytes(data);
        if (!bytes) throw priv.argError("digest", "SubtleCrypto", 2, "ArrayBuffer or ArrayBufferView");
        const out = host.digest(algo, bytes);
        resolve(out.buffer);
      });
    }
  };
  class Crypto {
    get subtle() { return subtle; }
    getRandomValues(array) {
      if (!ArrayBuffer.isView(array) || !INTEGER_ARRAYS.includes(array.constructor?.name) || array instanceof DataView) {
        throw new DOMException("ArrayBufferView argument to getRandomValues() must be an integer-typed view.", "TypeMismatchError");
      }
      if (array.byteLength > 65536) {
        throw new DOMException(`getRandomValues() only accepts buffers of size <= 64K but provided ${array.byteLength} bytes.`, "QuotaExceededError");
      }
      viewBytes(array).set(host.random(array.byteLength));
      return array;
    }
    randomUUID() {
      const b = host.random(16);
      b[6] = (b[6] & 0x0f) | 0x40;
      b[8] = (b[8] & 0x3f) | 0x80;
      const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
  }
  const subtle = new SubtleCrypto();
  tag(SubtleCrypto, "SubtleCrypto");
  tag(Crypto, "Crypto");
  define(g, "Crypto", Crypto);
  define(g, "SubtleCrypto", SubtleCrypto);
  define(g, "crypto", new Crypto());

  // ---- navigator, performance ----
  class Navigator { get userAgent() { return "Cloudflare-Workers"; } get hardwareConcurrency() { return 1; } get language() { return "en"; } }
  // workerd's clock: timeOrigin is 0 and now() is Date.now(), whole milliseconds since the epoch (checked on workerd).
  class Performance { get timeOrigin() { return 0; } now() { return Date.now(); } }
  tag(Navigator, "Navigator");
  tag(Performance, "Performance");
  define(g, "Navigator", Navigator);
  define(g, "Performance", Performance);
  define(g, "navigator", new Navigator());
  define(g, "performance", new Performance());
  define(g, "self", g);

  // ---- explicit resource management: DisposableStack, AsyncDisposableStack, SuppressedError ----
  // V8 (and so workerd) has them; GraalJS does not yet (the `using` syntax cannot be added).
  for (const name of ["dispose", "asyncDispose"]) {
    if (typeof Symbol[name] !== "symbol") Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
  }
  if (typeof g.SuppressedError !== "function") {
    const SuppressedError = class SuppressedError extends Error {
      constructor(error, suppressed, message) {
        super(message);
        if (message === undefined) delete this.message;
        define(this, "error", error);
        define(this, "suppressed", suppressed);
      }
    };
    define(SuppressedError.prototype, "name", "SuppressedError");
    define(g, "SuppressedError", SuppressedError);
  }
  if (typeof g.DisposableStack !== "function") {
    const makeStack = (className, asyncStack) => {
      const checkOpen = (st) => {
        if (st.disposed) throw new ReferenceError(`Cannot call ${className} methods on a disposed ${className}`);
      };
      const states = new WeakMap();
      const stateOf = (self, method) => {
        const st = states.get(self);
        if (!st) throw new TypeError(`Method ${className}.prototype.${method} called on incompatible receiver ${typeof self === "object" && self !== null ? "#<Object>" : String(self)}`);
        return st;
      };
      const disposerOf = (value) => {
        let f = asyncStack ? value[Symbol.asyncDispose] : undefined;
        if (f === undefined || f === null) {
          const sync = value[Symbol.dispose];
          if (typeof sync !== "function") throw new TypeError(`${typeof value === "function" ? "function" : "object"} is not disposable`);
          f = asyncStack ? function () { sync.call(this); } : sync;
        }
        if (typeof f !== "function") throw new TypeError("Symbol.asyncDispose is not a function");
        return f;
      };
      const cls = class {
        constructor() {
          if (new.target === undefined) throw new TypeError(`Constructor ${className} requires 'new'`);
          states.set(this, { resources: [], disposed: false });
        }
        get disposed() { return stateOf(this, "disposed").disposed; }
        use(value) {
          const st = stateOf(this, "use");
          checkOpen(st);
          if (value === null || value === undefined) { if (asyncStack) st.resources.push(null); return value; }
          if (typeof value !== "object" && typeof value !== "function") throw new TypeError(`${String(value)} is not an object`);
          const f = disposerOf(value);
          st.resources.push(() => f.call(value));
          return value;
        }
        adopt(value, onDispose) {
          const st = stateOf(this, "adopt");
          checkOpen(st);
          if (typeof onDispose !== "function") throw new TypeError(`${String(onDispose)} is not a function`);
          st.resources.push(() => onDispose.call(undefined, value));
          return value;
        }
        defer(onDispose) {
          const st = stateOf(this, "defer");
          checkOpen(st);
          if (typeof onDispose !== "function") throw new TypeError(`${String(onDispose)} is not a function`);
          st.resources.push(() => onDispose.call(undefined));
          return undefined;
        }
        move() {
          const st = stateOf(this, "move");
          checkOpen(st);
          const moved = new cls();
          states.get(moved).resources = st.resources;
          st.resources = [];
          st.disposed = true;
          return moved;
        }
      };
      const fail = (state, e) => {
        if (state.failed) state.error = new g.SuppressedError(e, state.error, "An error was suppressed during disposal");
        else { state.failed = true; state.error = e; }
      };
      if (asyncStack) {
        define(cls.prototype, "disposeAsync", async function disposeAsync() {
          const st = stateOf(this, "disposeAsync");
          if (st.disposed) return undefined;
          st.disposed = true;
          const list = st.resources;
          st.resources = [];
          const state = { failed: false, error: undefined };
          for (let i = list.length - 1; i >= 0; i--) {
            try { if (list[i] !== null) await list[i](); } catch (e) { fail(state, e); }
          }
          if (state.failed) throw state.error;
          return undefined;
        });
        define(cls.prototype, Symbol.asyncDispose, cls.prototype.disposeAsync);
      } else {
        define(cls.prototype, "dispose", function dispose() {
          const st = stateOf(this, "dispose");
          if (st.disposed) return undefined;
          st.disposed = true;
          const list = st.resources;
          st.resources = [];
          const state = { failed: false, error: undefined };
          for (let i = list.length - 1; i >= 0; i--) {
            try { list[i](); } catch (e) { fail(state, e); }
          }
          if (state.failed) throw state.error;
          return undefined;
        });
        define(cls.prototype, Symbol.dispose, cls.prototype.dispose);
      }
      Object.defineProperty(cls, "name", { value: className });
      tag(cls, className);
      return cls;
    };
    define(g, "DisposableStack", makeStack("DisposableStack", false));
    define(g, "AsyncDisposableStack", makeStack("AsyncDisposableStack", true));
  }

  // ---- newer ECMAScript built-ins V8 (so workerd) has and GraalJS lacks (checked on workerd) ----
  const method = (obj, name, fn, length) => {
    if (typeof obj[name] === "function") return;
    Object.defineProperty(fn, "name", { value: name });
    if (length !== undefined) Object.defineProperty(fn, "length", { value: length });
    define(obj, name, fn);
  };
  {
    const U8 = Uint8Array;
    const TypedArrayProto = Object.getPrototypeOf(U8.prototype);
    const taTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
    const asU8 = (v, name) => {
      if (taTag.call(v) !== "Uint8Array") {
        throw new TypeError(`Method Uint8Array.prototype.${name} called on incompatible receiver ${taTag.call(v) === undefined && (typeof v !== "object" || v === null) ? String(v) : "undefined"}`);
      }
      return v;
    };
    const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const option = (options, key, allowed, fallback) => {
      if (options === undefined) return fallback;
      if (options === null || (typeof options !== "object" && typeof options !== "function")) {
        throw new TypeError("Options argument must be an object");
      }
      const v = options[key];
      if (v === undefined) return fallback;
      if (typeof v !== "string" || !allowed.includes(v)) throw new TypeError(`invalid option ${String(v)}`);
      return v;
    };
    const needString = (s) => { if (typeof s !== "string") throw new TypeError("input argument must be a string"); };
    const badChar = () => new SyntaxError("Found a character that cannot be part of a valid base64 string.");
    // The spec's FromBase64: [bytes, characters read, error]; stops at `max` bytes.
    function fromBase64(string, alphabet, lastChunkHandling, max) {
      const table = alphabet === "base64url" ? B64URL : B64;
      const bytes = [];
      let read = 0;
      let chunk = [];
      let chunkStart = 0;
      const isSpace = (c) => c === " " || c === "\t" || c === "\n" || c === "\f" || c === "\r";
      const decodeChunk = (c, partial) => {
        const n = c.length;
        const v = [0, 1, 2, 3].map((k) => (k < n ? c[k] : 0));
        const triple = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
        const out = [(triple >> 16) & 255, (triple >> 8) & 255, triple & 255];
        if (partial) {
          if (n === 2 && lastChunkHandling === "strict" && (triple & 0xffff) !== 0) return null;
          if (n === 3 && lastChunkHandling === "strict" && (triple & 0xff) !== 0) return null;
          return out.slice(0, n - 1);
        }
        return out;
      };
      if (max === 0) return [bytes, 0, null];
      let i = 0;
      const len = string.length;
      for (;;) {
        while (i < len && isSpace(string[i])) i++;
        if (i === len) {
          if (chunk.length > 0) {
            if (lastChunkHandling === "stop-before-partial") return [bytes, chunkStart, null];
            if (lastChunkHandling === "strict" || chunk.length === 1) {
              return [bytes, read, new SyntaxError("The base64 input terminates with a single character, excluding padding (=).")];
            }
            const out = decodeChunk(chunk, true);
            bytes.push(...out);
            read = len;
          }
          return [bytes, len, null];
        }
        const ch = string[i];
        i++;
        if (ch === "=") {
          if (chunk.length < 2) return [bytes, read, badChar()];
          while (i < len && isSpace(string[i])) i++;
          if (chunk.length === 2) {
            if (i === len) {
              if (lastChunkHandling === "stop-before-partial") return [bytes, chunkStart, null];
              return [bytes, read, badChar()];
            }
            if (string[i] === "=") {
              i++;
              while (i < len && isSpace(string[i])) i++;
            } else {
              return [bytes, read, badChar()];
            }
          }
          if (i < len) return [bytes, read, badChar()];
          const out = decodeChunk(chunk, true);
          if (out === null) return [bytes, read, new SyntaxError("The base64 input terminates with non-zero padding bits.")];
          bytes.push(...out);
          return [bytes, len, null];
        }
        const d = table.indexOf(ch);
        if (d < 0) return [bytes, read, badChar()];
        const remaining = max - bytes.length;
        if ((remaining === 1 && chunk.length === 2) || (remaining === 2 && chunk.length === 3)) {
          return [bytes, read, null];
        }
        if (chunk.length === 0) chunkStart = i - 1;
        chunk.push(d);
        if (chunk.length === 4) {
          bytes.push(...decodeChunk(chunk, false));
          chunk = [];
          read = i;
          if (bytes.length === max) return [bytes, read, null];
        }
      }
    }
    function fromHex(string, max) {
      const n = string.length;
      if (n % 2 !== 0) return [[], 0, new SyntaxError("Input string must contain hex characters in even length")];
      const bytes = [];
      let read = 0;
      while (read < n && bytes.length < max) {
        const pair = string.slice(read, read + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(pair)) return [bytes, read, new SyntaxError("Input string must contain hex characters in even length")];
        bytes.push(parseInt(pair, 16));
        read += 2;
      }
      return [bytes, read, null];
    }
    method(U8, "fromBase64", function (string, options = undefined) {
      needString(string);
      const alphabet = option(options, "alphabet", ["base64", "base64url"], "base64");
      const last = option(options, "lastChunkHandling", ["loose", "strict", "stop-before-partial"], "loose");
      const [bytes, , error] = fromBase64(string, alphabet, last, Infinity);
      if (error) throw error;
      return new U8(bytes);
    }, 1);
    method(U8, "fromHex", function (string) {
      needString(string);
      const [bytes, , error] = fromHex(string, Infinity);
      if (error) throw error;
      return new U8(bytes);
    });
    method(U8.prototype, "toBase64", function (options = undefined) {
      const u = asU8(this, "toBase64");
      const alphabet = option(options, "alphabet", ["base64", "base64url"], "base64");
      const omit = options !== undefined && options !== null && !!options.omitPadding;
      const table = alphabet === "base64url" ? B64URL : B64;
      let out = "";
      for (let i = 0; i < u.length; i += 3) {
        const n = Math.min(3, u.length - i);
        const t = (u[i] << 16) | ((n > 1 ? u[i + 1] : 0) << 8) | (n > 2 ? u[i + 2] : 0);
        out += table[(t >> 18) & 63] + table[(t >> 12) & 63];
        out += n > 1 ? table[(t >> 6) & 63] : omit ? "" : "=";
        out += n > 2 ? table[t & 63] : omit ? "" : "=";
      }
      return out;
    }, 0);
    method(U8.prototype, "toHex", function () {
      const u = asU8(this, "toHex");
      let out = "";
      for (let i = 0; i < u.length; i++) out += (u[i] < 16 ? "0" : "") + u[i].toString(16);
      return out;
    });
    method(U8.prototype, "setFromBase64", function (string, options = undefined) {
      const u = asU8(this, "setFromBase64");
      needString(string);
      const alphabet = option(options, "alphabet", ["base64", "base64url"], "base64");
      const last = option(options, "lastChunkHandling", ["loose", "strict", "stop-before-partial"], "loose");
      const [bytes, read, error] = fromBase64(string, alphabet, last, u.length);
      u.set(bytes);
      if (error) throw error;
      return { read, written: bytes.length };
    }, 1);
    method(U8.prototype, "setFromHex", function (string) {
      const u = asU8(this, "setFromHex");
      needString(string);
      const [bytes, read, error] = fromHex(string, u.length);
      u.set(bytes);
      if (error) throw error;
      return { read, written: bytes.length };
    });
  }
  // Math.sumPrecise: the exact sum of the doubles (as a BigInt in units of 2^-1074), rounded once.
  method(Math, "sumPrecise", function (items) {
    if (items === null || items === undefined) throw new TypeError("Math.sumPrecise called on null or undefined");
    if (typeof items[Symbol.iterator] !== "function") {
      // V8 names the value as it names any object (its primitive as a wrapper): "#<Object>", "[object Number]".
      let text = Object.prototype.toString.call(items);
      if (typeof items === "object" && items.toString === Object.prototype.toString) {
        const ctor = items.constructor;
        if (typeof ctor === "function" && typeof ctor.name === "string" && ctor.name !== "") text = `#<${ctor.name}>`;
      }
      throw new TypeError(`${text} is not iterable`);
    }
    const view = new DataView(new ArrayBuffer(8));
    let total = 0n;
    let plusInf = false;
    let minusInf = false;
    let nan = false;
    let allMinusZero = true;
    for (const x of items) {
      if (typeof x !== "number") {
        throw new TypeError(`Type of 'Iterator value' must be 'number', found '${x === null ? "null" : typeof x}'`);
      }
      if (x !== x) { nan = true; continue; }
      if (x === Infinity) { plusInf = true; allMinusZero = false; continue; }
      if (x === -Infinity) { minusInf = true; allMinusZero = false; continue; }
      if (x === 0 && 1 / x < 0) continue;
      allMinusZero = false;
      view.setFloat64(0, x);
      const hi = view.getUint32(0);
      const exp = (hi >>> 20) & 0x7ff;
      let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
      if (exp !== 0) mant = (mant | (1n << 52n)) << BigInt(exp - 1);
      total += x < 0 ? -mant : mant;
    }
    if (nan || (plusInf && minusInf)) return NaN;
    if (plusInf) return Infinity;
    if (minusInf) return -Infinity;
    if (allMinusZero) return -0;
    if (total === 0n) return 0;
    const negative = total < 0n;
    let v = negative ? -total : total;
    const bits = v.toString(2).length;
    let shift = 0;
    if (bits > 53) {
      shift = bits - 53;
      const m = v >> BigInt(shift);
      const rest = v - (m << BigInt(shift));
      const half = 1n << BigInt(shift - 1);
      v = rest > half || (rest === half && (m & 1n) === 1n) ? m + 1n : m;
    }
    const r = Number(v) * 2 ** (shift - 1074); // exact: v has at most 53 bits
    return negative ? -r : r;
  }, 1);
  method(Atomics, "pause", function (n = undefined) {
    if (n !== undefined && !Number.isInteger(n)) throw new TypeError("Atomics.pause argument must be undefined or an integer");
    return undefined;
  }, 0);
  method(Array, "fromAsync", async function (items, mapFn = undefined, thisArg = undefined) {
    if (mapFn !== undefined && typeof mapFn !== "function") throw new TypeError(`${String(mapFn)} is not a function`);
    const out = typeof this === "function" && this !== Array ? new this() : [];
    let k = 0;
    if (items !== null && items !== undefined && (items[Symbol.asyncIterator] != null || items[Symbol.iterator] != null)) {
      if (items[Symbol.asyncIterator] != null) {
        for await (const x of items) { out[k] = mapFn ? await mapFn.call(thisArg, x, k) : x; k++; }
      } else {
        for (const x of items) { const v = await x; out[k] = mapFn ? await mapFn.call(thisArg, v, k) : v; k++; }
      }
    } else {
      const o = Object(items);
      const n = Math.min(Math.max(Math.trunc(Number(o.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
      for (; k < n; k++) { const v = await o[k]; out[k] = mapFn ? await mapFn.call(thisArg, v, k) : v; }
    }
    out.length = k;
    return out;
  }, 1);
  if (typeof g.Iterator === "function") {
    const IteratorProto = g.Iterator.prototype;
    method(g.Iterator, "concat", function (...iterables) {
      const records = iterables.map((it) => {
        if (it === null || typeof it !== "object" && typeof it !== "function") throw new TypeError("Iterator.concat called on non-object");
        const f = it[Symbol.iterator];
        if (typeof f !== "function") throw new TypeError(`${String(f)} is not a function`);
        return [it, f];
      });
      return (function* () { for (const [it, f] of records) yield* { [Symbol.iterator]: () => f.call(it) }; })();
    }, 0);
    if (!(Symbol.dispose in IteratorProto)) {
      define(IteratorProto, Symbol.dispose, function () {
        const r = this.return;
        if (r !== undefined && r !== null) r.call(this);
        return undefined;
      });
      Object.defineProperty(IteratorProto[Symbol.dispose], "name", { value: "[Symbol.dispose]" });
    }
  }
  for (const [C, canBeKey] of [[Map, () => true], [WeakMap, (k) => (k !== null && typeof k === "object") || typeof k === "function" || typeof k === "symbol"]]) {
    const name = C.name;
    const has = C.prototype.has;
    const get = C.prototype.get;
    const set = C.prototype.set;
    const check = (self, m) => { try { has.call(self, undefined); } catch (_) { throw new TypeError(`Method ${name}.prototype.${m} called on incompatible receiver ${String(self)}`); } };
    method(C.prototype, "getOrInsert", function (key, value) {
      check(this, "getOrInsert");
      if (!canBeKey(key)) throw new TypeError("Invalid value used as weak map key");
      if (has.call(this, key)) return get.call(this, key);
      set.call(this, key, value);
      return value;
    });
    method(C.prototype, "getOrInsertComputed", function (key, callbackfn) {
      check(this, "getOrInsertComputed");
      if (typeof callbackfn !== "function") throw new TypeError(`${name}.prototype.getOrInsertComputed is not a function`);
      if (!canBeKey(key)) throw new TypeError("Invalid value used as weak map key");
      if (has.call(this, key)) return get.call(this, key);
      const value = callbackfn(key === 0 ? 0 : key);
      set.call(this, key, value);
      return value;
    });
  }

  // ---- dates as V8 shows them in UTC (the context's time zone): its zone name, ASCII spaces ----
  const dateToString = Date.prototype.toString;
  const dateToTimeString = Date.prototype.toTimeString;
  const utcName = (text) => text.replace(/ \(GMT\)$/, " (Coordinated Universal Time)");
  define(Date.prototype, "toString", { toString() { return utcName(dateToString.call(this)); } }.toString);
  define(Date.prototype, "toTimeString", { toTimeString() { return utcName(dateToTimeString.call(this)); } }.toTimeString);
  for (const name of ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]) {
    const original = Date.prototype[name];
    const local = {
      [name](locales, options) {
        // The zone named explicitly: ICU then calls it UTC, as V8 does, not GMT.
        const withZone = options === undefined ? { timeZone: "UTC" }
          : options !== null && typeof options === "object" && options.timeZone === undefined
            ? Object.create(options, { timeZone: { value: "UTC" } }) : options;
        return original.call(this, locales, withZone).replace(/\u202f/g, " ");
      },
    }[name];
    define(Date.prototype, name, local);
  }
  const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
  define(Intl.DateTimeFormat.prototype, "resolvedOptions", {
    resolvedOptions() {
      const resolved = resolvedOptions.call(this);
      if (/^(Etc\/)?(GMT|UTC)$/.test(resolved.timeZone)) resolved.timeZone = "UTC"; // V8's canonical name
      return resolved;
    },
  }.resolvedOptions);
  priv.randomBytes = (n) => host.random(n);
  return priv;
});
