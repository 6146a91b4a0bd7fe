// Bindery's per-context core: the cloudflare:workers classes, service binding objects (Fetcher),
// the structured-clone codec used at every boundary, and the dispatcher that runs RPC calls and
// fetch handlers on this worker's entrypoints. Evaluated once per context; the completion value
// is the install function, called from Java with the host functions. Nothing here is reachable
// from worker code except what cloudflare:workers exports and the binding objects.
(function install(hostObject, flags) {
  "use strict";
  const G = globalThis;
  // The host functions as own properties of a JS object: reading one then costs no call into Java.
  const host = {};
  for (const name of Object.keys(hostObject)) host[name] = hostObject[name];
  // workerd's wording over GraalJS's built-in TextDecoder (checked on the oracle, our case 104).
  const BuiltinTextDecoder = G.TextDecoder;
  if (typeof BuiltinTextDecoder === "function") {
    const TextDecoder = class TextDecoder extends BuiltinTextDecoder {
      constructor(label = "utf-8", options = undefined) {
        try {
          super(label, options);
        } catch (e) {
          if (e instanceof RangeError) throw new RangeError(`"${label}" is not a valid encoding.`);
          throw e;
        }
      }
      decode(input = undefined, options = undefined) {
        try {
          return super.decode(input, options);
        } catch (e) {
          if (e instanceof TypeError) throw new TypeError("Failed to decode input.");
          throw e;
        }
      }
    };
    Object.defineProperty(G, "TextDecoder", { value: TextDecoder, writable: true, configurable: true, enumerable: false });
  }
  for (const name of ["dispose", "asyncDispose"]) {
    if (typeof Symbol[name] !== "symbol") {
      Object.defineProperty(Symbol, name, { value: Symbol(`Symbol.${name}`) });
    }
  }
  const ObjectProto = Object.prototype;
  const hasOwn = Object.hasOwn; // the engine's, whatever a worker does to Object later
  // GraalJS's Debug.class names an object's engine class: the only way to tell a Proxy, a real Error,
  // an arguments object or the global object from what they pretend to be. Worker code never sees it.
  let engineClassOf = null;
  const engineClass = (() => {
    const D = G.Debug;
    delete G.Debug;
    const f = D && D.class;
    if (typeof f !== "function") return null;
    engineClassOf = f;
    return (v) => { const c = String(f(v)); return c.slice(c.lastIndexOf(".") + 1); };
  })() || (() => "");
  const PROXY_CLASS = "com.oracle.truffle.js.runtime.builtins.JSProxyObject";
  const isProxy = (v) => engineClassOf !== null && engineClassOf(v) === PROXY_CLASS;

  // ---- cloudflare:workers ------------------------------------------------------------------
  // The cloudflare:workers base classes as workerd's API classes (checked on workerd): `new` is
  // required, WorkerEntrypoint wants objects for ctx and env, from 2024-09-26 the prototype names
  // the class in Symbol.toStringTag (RpcTarget's is workerd's JsRpcTarget). Each stays a class, so
  // stack frames name the subclass; what worker code imports is a Proxy of it that refuses a call
  // without `new` in workerd's words. Bindery's own code uses the classes themselves.
  const apiClasses = new Map();
  function apiBase(cls, tag) {
    // A getter, not a data property: GraalJS would name stack frames of subclass methods after a
    // data toStringTag ("at WorkerEntrypoint.charge"), where V8 names the class ("at Billing.charge").
    if (flags.toStringTag) Object.defineProperty(cls.prototype, Symbol.toStringTag, { get: () => tag, configurable: true });
    const api = new Proxy(cls, { apply() { throw needsNew(tag); } });
    Object.defineProperty(cls.prototype, "constructor", { value: api, writable: true, configurable: true });
    apiClasses.set(cls, api);
    return cls;
  }
  const needsNew = (name) => new TypeError(`Failed to construct '${name}': Please use the 'new' operator, this object constructor cannot be called as a function.`);
  const isObjectArg = (v) => v !== null && (typeof v === "object" || typeof v === "function");
  const WorkerEntrypoint = apiBase(class WorkerEntrypoint {
    constructor(ctx, env) { // WorkerEntrypoint.length is set to 0 below, as workerd's
      // Checked inline: this runs for every call on an entrypoint.
      if (ctx === null || typeof ctx !== "object" && typeof ctx !== "function"
          || env === null || typeof env !== "object" && typeof env !== "function") {
        const k = isObjectArg(ctx) ? 2 : 1;
        throw new TypeError(`Failed to construct 'WorkerEntrypoint': constructor parameter ${k} is not of type 'JsObject'.`);
      }
      this.ctx = ctx;
      this.env = env;
    }
  }, "WorkerEntrypoint");
  Object.defineProperty(WorkerEntrypoint, "length", { value: 0 });
  const RpcTarget = apiBase(class RpcTarget {}, "JsRpcTarget");
  // Bindery runs no Durable Objects: no DurableObjectState exists, so constructing one always fails
  // as workerd's does for any other first argument (checked on workerd).
  const DurableObject = apiBase(class DurableObject {
    constructor() {
      throw new TypeError("Failed to construct 'DurableObjectBase': constructor parameter 1 is not of type 'DurableObjectState'.");
    }
  }, "DurableObjectBase");
  const WorkflowEntrypoint = apiBase(class WorkflowEntrypoint {
    constructor(...args) {
      if (!(args[0] instanceof ExecutionContext)) {
        throw new TypeError("Failed to construct 'WorkflowEntrypoint': constructor parameter 1 is not of type 'ExecutionContext'.");
      }
      if (!isObjectArg(args[1])) {
        throw new TypeError("Failed to construct 'WorkflowEntrypoint': constructor parameter 2 is not of type 'JsObject'.");
      }
      this.ctx = args[0];
      this.env = args[1];
    }
  }, "WorkflowEntrypoint");

  // A handler's or entrypoint's `ctx`, as workerd's: own data properties tracing, cache, props and
  // (with enable_ctx_exports) exports; waitUntil and passThroughOnException on the prototype.
  // What waitUntil() was given lives in a private field: invisible to code, and cheaper to attach
  // per call than a WeakMap entry. Instances have ExecutionContext.prototype (see apiClass below).
  class CtxObject {
    #waits;
    constructor(waits, props, exports) {
      this.#waits = waits;
      this.tracing = undefined;
      this.cache = undefined;
      this.props = props;
      if (flags.ctxExports) this.exports = exports;
    }
    static waitsOf(self) {
      if (self === null || typeof self !== "object" || !(#waits in self)) throw illegalInvocation();
      return self.#waits;
    }
  }
  const ctxWaitList = CtxObject.waitsOf;
  const ExecutionContext = apiClass("ExecutionContext", ObjectProto, {
    waitUntil(...args) {
      // JSG wants the argument (an explicit undefined will do) (checked on workerd).
      if (args.length === 0) {
        throw new TypeError("Failed to execute 'waitUntil' on 'ExecutionContext': parameter 1 is not of type 'Promise'.");
      }
      const settled = Promise.resolve(args[0]).catch(() => {});
      ctxWaitList(this).push(settled);
      host.waitUntil(settled); // keeps the current invocation's scope alive until it settles
    },
    passThroughOnException(...args) { ctxWaitList(this); },
  }, false, CtxObject.prototype);
  function makeCtx(waits, props, exports) {
    return new CtxObject(waits, props, exports);
  }

  const workerEnv = {};
  const ResponseClass = G.Response; // the web platform's, installed before this script
  const RequestClass = G.Request;
  const URLClass = G.URL;
  const globalFetch = G.fetch;

  // ---- structured clone: JS value <-> token array ------------------------------------------
  // Tokens are primitives (numbers, strings, booleans, null) plus ArrayBuffers, read by Java and
  // rebuilt on the other side in the same order. Objects get ids in order of first visit.
  const T = {
    UNDEF: 0, NULL: 1, TRUE: 2, FALSE: 3, NUM: 4, STR: 5, BIGINT: 6, REF: 7, OBJ: 8, ARR: 9, DATE: 10,
    REGEXP: 11, MAP: 12, SET: 13, ABUF: 14, VIEW: 15, DVIEW: 16, WNUM: 17, WSTR: 18, WBOOL: 19, WBIG: 20,
    ERR: 21, NEGZERO: 22, STUB: 23, HEADERS: 24, REQUEST: 25, RESPONSE: 26, STREAM: 27,
    RABUF: 40, TVIEW: 41, ERRN: 42, ERRH: 43, SAB: 44, WSTREAM: 45, IHEADERS: 46,
  };
  const ERROR_TYPES = ["Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
    "AggregateError"];
  // V8's serializer has no AggregateError: as a value (not thrown) one arrives as an Error.
  const VALUE_ERROR_NAMES = new Set(ERROR_TYPES.filter((n) => n !== "AggregateError"));
  // workerd's own error format (enhanced_error_serialization) knows AggregateError too.
  const HOST_ERROR_NAMES = new Set(ERROR_TYPES);
  const typeTag = (v) => ObjectProto.toString.call(v).slice(8, -1);

  // What an object is by its internal slots, as V8's serializer sees it: a Symbol.toStringTag
  // naming a type the object is not must not change how it clones, nor one hiding what it is.
  const getterOf = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
  const typedArrayName = getterOf(Object.getPrototypeOf(Int8Array.prototype), Symbol.toStringTag);
  const GeneratorProto = Object.getPrototypeOf(function* () {}).prototype;
  const AsyncGeneratorProto = Object.getPrototypeOf(async function* () {}).prototype;
  const holds = (check) => (v) => { try { check(v); return true; } catch (_) { return false; } };
  const hasSlot = (getter) => holds((v) => getter.call(v));
  const BRANDS = {
    Date: holds((v) => Date.prototype.getTime.call(v)),
    RegExp: (v) => v !== RegExp.prototype && hasSlot(getterOf(RegExp.prototype, "source"))(v),
    Map: hasSlot(getterOf(Map.prototype, "size")),
    Set: hasSlot(getterOf(Set.prototype, "size")),
    ArrayBuffer: hasSlot(getterOf(ArrayBuffer.prototype, "byteLength")),
    DataView: hasSlot(getterOf(DataView.prototype, "byteLength")),
    Number: holds((v) => Number.prototype.valueOf.call(v)),
    String: holds((v) => String.prototype.valueOf.call(v)),
    Boolean: holds((v) => Boolean.prototype.valueOf.call(v)),
    BigInt: holds((v) => BigInt.prototype.valueOf.call(v)),
    Symbol: holds((v) => Symbol.prototype.valueOf.call(v)),
    WeakMap: holds((v) => WeakMap.prototype.has.call(v, ObjectProto)),
    WeakSet: holds((v) => WeakSet.prototype.has.call(v, ObjectProto)),
    WeakRef: holds((v) => WeakRef.prototype.deref.call(v)),
    FinalizationRegistry: holds((v) => FinalizationRegistry.prototype.unregister.call(v, {})),
    SharedArrayBuffer: typeof SharedArrayBuffer === "function"
      ? hasSlot(getterOf(SharedArrayBuffer.prototype, "byteLength")) : () => false,
    Promise: (v) => v instanceof Promise,
    Generator: (v) => GeneratorProto.isPrototypeOf(v),
    AsyncGenerator: (v) => AsyncGeneratorProto.isPrototypeOf(v),
    Arguments: (v) => engineClass(v).startsWith("JSArgumentsObject"),
    Global: (v) => v === G,
    Error: typeof Error.isError === "function" ? Error.isError
      : (v) => { const c = engineClass(v); return c === "" ? v instanceof Error : c === "JSErrorObject"; },
  };
  // Error.isError as V8 has it (GraalJS lacks it): a real Error object, not a DOMException (checked on workerd).
  if (typeof Error.isError !== "function") {
    const isError = { isError(v) {
      return v !== null && typeof v === "object" && BRANDS.Error(v) && !(typeof G.DOMException === "function" && v instanceof G.DOMException);
    } }.isError;
    Object.defineProperty(Error, "isError", { value: isError, writable: true, configurable: true, enumerable: false });
  }
  // A RegExp's flags from its own slots (the `flags` getter reads properties a RegExp given another
  // prototype does not have).
  const REGEXP_FLAGS = [["hasIndices", "d"], ["global", "g"], ["ignoreCase", "i"], ["multiline", "m"], ["dotAll", "s"],
    ["unicode", "u"], ["unicodeSets", "v"], ["sticky", "y"]].map(([name, letter]) => [Object.getOwnPropertyDescriptor(RegExp.prototype, name)?.get, letter])
    .filter(([get]) => get);
  const regExpFlags = (v) => {
    let flags = "";
    for (let i = 0; i < REGEXP_FLAGS.length; i++) if (REGEXP_FLAGS[i][0].call(v)) flags += REGEXP_FLAGS[i][1];
    return flags;
  };
  // Not a Map, Date... given Object.prototype as its prototype (V8 still clones those as what they are).
  const isOrdinary = (v) => engineClassOf === null || engineClassOf(v) === ORDINARY_CLASS;
  function brandOf(v) {
    if (v === G) return "Global";
    if (engineClassOf !== null ? Object.getPrototypeOf(v) === ObjectProto && isOrdinary(v)
      : typeTag(v) === "Object" && Object.getPrototypeOf(v) === ObjectProto) return "Object";
    const tag = dataProp(v, Symbol.toStringTag); // a hint only, read without running a getter
    if (typeof tag === "string" && hasOwn(BRANDS, tag) && BRANDS[tag](v)) return tag;
    if (typedArrayName.call(v) !== undefined) return "TypedArray";
    for (const name of Object.keys(BRANDS)) if (BRANDS[name](v)) return name;
    return "Object";
  }

  // The runtime's own classes (host objects in workerd), which no clone copies.
  const API_CLASSES = ["Blob", "URL", "URLSearchParams", "FormData", "TextEncoder", "TextDecoder", "TextEncoderStream",
    "TextDecoderStream", "AbortController", "EventTarget", "Event", "TransformStream", "ReadableStreamDefaultReader",
    "ReadableStreamBYOBReader", "WritableStreamDefaultWriter", "ReadableStreamDefaultController",
    "ReadableByteStreamController", "WritableStreamDefaultController", "TransformStreamDefaultController", "Crypto",
    "SubtleCrypto", "CryptoKey", "CompressionStream", "DecompressionStream", "ByteLengthQueuingStrategy",
    "CountQueuingStrategy", "Navigator", "Performance"];
  let apiProtos = null;
  function isApiObject(v) {
    apiProtos ??= API_CLASSES.map((n) => G[n]).filter((c) => typeof c === "function").map((c) => c.prototype);
    for (let i = 0; i < apiProtos.length; i++) if (apiProtos[i].isPrototypeOf(v)) return true;
    return false;
  }
  // Objects of the engine's own kinds that V8's serializer has no case for (iterators, Intl
  // objects, iterator helpers): V8 refuses them itself, before workerd could take them for host
  // objects, naming them as it names any value: "[object Array Iterator] could not be cloned.",
  // "#<DateTimeFormat> could not be cloned." (checked on workerd).
  const RegExpStringIteratorProto = Object.getPrototypeOf("".matchAll(/(?:)/g));
  function isEngineKind(v) {
    if (RegExpStringIteratorProto.isPrototypeOf(v)) return true;
    const c = engineClass(v);
    return c.startsWith("JS") && !c.startsWith("JSOrdinaryObject");
  }
  function lockedError() {
    return new TypeError("The ReadableStream has been locked to a reader.");
  }
  function dataCloneError(message) {
    return host.domException(message, "DataCloneError");
  }
  function notSerializable(v) {
    return dataCloneError(`Could not serialize object of type "${constructorName(v)}". This type does not support serialization.`);
  }
  // A function's own name as V8 knows it, whatever a static `name` member says.
  function intrinsicName(f) {
    const d = Object.getOwnPropertyDescriptor(f, "name");
    if (d && "value" in d && !d.writable && !d.enumerable && typeof d.value === "string") return d.value;
    const m = /^(?:class|(?:async\s+)?function\s*\*?)\s*([^\s({]*)/.exec(Function.prototype.toString.call(f));
    return m ? m[1] : "";
  }
  const ownData = (o, key) => { const d = Object.getOwnPropertyDescriptor(o, key); return d && "value" in d ? d.value : undefined; };
  // V8's GetConstructorName: the class an instance of a base class was made by; else the first
  // Symbol.toStringTag or `constructor` (of a prototype) found as a data property up the chain.
  // No getter runs.
  function constructorName(v) {
    const proto = Object.getPrototypeOf(v);
    if (proto !== null) {
      const ctor = ownData(proto, "constructor");
      if (typeof ctor === "function" && ownData(ctor, "prototype") === proto && Object.getPrototypeOf(ctor) === Function.prototype) {
        const name = intrinsicName(ctor);
        if (name !== "" && name !== "Object") return name;
      }
    }
    for (let p = v; p !== null; p = Object.getPrototypeOf(p)) {
      const tag = ownData(p, Symbol.toStringTag);
      if (typeof tag === "string") return tag;
      if (p !== v) {
        const ctor = ownData(p, "constructor");
        const name = typeof ctor === "function" ? intrinsicName(ctor) : "";
        if (name !== "" && name !== "Object") return name;
      }
    }
    return "Object";
  }

  // A collector notes what one message exported (RpcTargets), forwarded (stubs) or received.
  const newCollector = () => ({ targets: [], forwarded: [], stubs: [] });
  const EMPTY_COLLECTOR = Object.freeze({ targets: Object.freeze([]), forwarded: Object.freeze([]), stubs: Object.freeze([]) });

  // Tokens of one primitive, or false when `v` is not a primitive that clones as itself.
  function pushPrimitive(out, v) {
    switch (typeof v) {
      case "undefined": out.push(T.UNDEF); return true;
      case "boolean": out.push(v ? T.TRUE : T.FALSE); return true;
      case "number": if (v === 0 && 1 / v < 0) out.push(T.NEGZERO); else out.push(T.NUM, v); return true;
      case "string": out.push(T.STR, v); return true;
      case "object": if (v === null) { out.push(T.NULL); return true; } return false;
      default: return false;
    }
  }
  // The common case, cheaply: a primitive, or an array of primitives (most argument lists).
  function serializeSimple(value) {
    const out = [];
    if (pushPrimitive(out, value)) return out;
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || isProxy(value)) return null;
    const n = value.length;
    out.push(T.ARR, n, n);
    for (let i = 0; i < n; i++) {
      if (!(i in value)) return null;
      out.push(String(i));
      if (!pushPrimitive(out, value[i])) return null;
    }
    return Object.keys(value).length === n ? out : null;
  }

  // V8's serializer recurses once per nested object and gives up when the stack runs out: workerd
  // clones about 3,670 nested objects or arrays (5,200 Maps or Sets, 4,450 Errors) and reads back
  // about 2,310 nested objects (6,250 arrays). GraalJS needs far more stack per level, so the
  // codec counts the same budget itself (in billionths) and fails where workerd does.
  const DEPTH_BUDGET = 1e9;
  const WRITE_COST = { object: 272294, map: 192252, error: 224341 };
  const READ_COST = { object: 431872, array: 159847, map: 192252, error: 224341 };
  const stackExceeded = () => new RangeError("Maximum call stack size exceeded");
  const PROXY_MESSAGE = "Proxy could not be serialized because it is not a valid RPC receiver type. The Proxy must "
    + "emulate either a plain object or an RpcTarget, as indicated by the Proxy's prototype chain.";
  const resizableOf = getterOf(ArrayBuffer.prototype, "resizable");
  const maxByteLengthOf = getterOf(ArrayBuffer.prototype, "maxByteLength");
  const detachedOf = getterOf(ArrayBuffer.prototype, "detached");
  const byteLengthOf = getterOf(ArrayBuffer.prototype, "byteLength");
  // Whether a view on a resizable buffer follows the buffer's length (made without a length): the
  // only way to tell is to resize the buffer and look, then put it back as it was.
  function tracksLength(buffer, elementSize, measure) {
    const len = byteLengthOf.call(buffer);
    const before = measure();
    if (maxByteLengthOf.call(buffer) - len >= elementSize) {
      buffer.resize(len + elementSize);
      const grown = measure();
      buffer.resize(len);
      return grown !== before;
    }
    if (before < 2) return false; // a length-tracking view this short cannot be told from a fixed one
    const saved = new Uint8Array(buffer, len - elementSize, elementSize).slice();
    buffer.resize(len - elementSize);
    const shrunk = measure(); // a fixed-length view is now out of bounds and measures 0
    buffer.resize(len);
    new Uint8Array(buffer, len - elementSize).set(saved);
    return shrunk > 0;
  }
  const onResizableEnd = (buffer, offset, byteLength) => BRANDS.ArrayBuffer(buffer) && resizableOf.call(buffer)
    && offset + byteLength === byteLengthOf.call(buffer);

  // V8's Object::NoSideEffectsToString, which names a value in DataCloneErrors and thrown non-Errors.
  function dataProp(o, key) {
    for (let p = o; p !== null && p !== undefined; p = Object.getPrototypeOf(p)) {
      const d = Object.getOwnPropertyDescriptor(p, key);
      if (d) return "value" in d ? d.value : undefined;
    }
    return undefined;
  }
  function errorDetail(e) {
    const n = dataProp(e, "name");
    const m = dataProp(e, "message");
    const name = typeof n === "string" ? n : "";
    const message = typeof m === "string" ? v8Message(m) : "";
    if (name === "") return message;
    return message === "" ? name : `${name}: ${message}`;
  }
  function className(v) {
    if (typeof v === "function") return "Function";
    if (Array.isArray(v)) return "Array";
    const brand = brandOf(v);
    if (brand === "TypedArray") return typedArrayName.call(v);
    return ["Generator", "AsyncGenerator", "Global"].includes(brand) ? "Object" : brand;
  }
  function detailString(v) {
    switch (typeof v) {
      case "string": return v;
      case "symbol": return Symbol.prototype.toString.call(v);
      case "function": // V8 shows any bound function as an anonymous native one
        if (!isProxy(v)) return engineClass(v) === "JSFunctionObject$Bound" ? "function () { [native code] }" : Function.prototype.toString.call(v);
        break;
      case "object": if (v === null) return "null"; break;
      default: return String(v);
    }
    try {
      const toString = dataProp(v, "toString");
      if (toString === Error.prototype.toString || brandOf(v) === "Error") return errorDetail(v);
      if (toString === ObjectProto.toString) {
        if (v === G) return "#<ServiceWorkerGlobalScope>";
        const ctor = dataProp(v, "constructor");
        const name = typeof ctor === "function" ? dataProp(ctor, "name") : undefined;
        if (typeof name === "string" && name !== "") return `#<${name}>`;
      }
      const tag = dataProp(v, Symbol.toStringTag);
      return `[object ${typeof tag === "string" ? tag : className(v)}]`;
    } catch (_) {
      return "[object Object]";
    }
  }
  const notCloneable = (v) => dataCloneError(`${detailString(v)} could not be cloned.`);

  // `local` is structuredClone() inside one worker, and the copy of a thrown value that travels
  // with its error (class instances copy as plain objects; nothing crosses by reference there).
  // `shared`: the numbering of objects and the nesting cost of a walk this continues (see walkSession).
  function serialize(value, collector, local = false, shared = undefined) {
    if (shared === undefined) {
      const simple = serializeSimple(value);
      if (simple !== null) return simple;
    }
    const out = [];
    const ids = shared ? shared.ids : new Map();
    let special = false; // tokens JSON cannot carry (non-finite numbers, ArrayBuffers)
    let depth = shared ? shared.depth : 0;
    function writeFunction(v) {
      const seen = ids.get(v);
      if (seen !== undefined) { out.push(T.REF, seen); return; }
      const st = stubStates.get(v);
      const src = st === undefined ? rpcSourceOf(v) : undefined;
      if (local) {
        const what = st ? RpcStub.name : src ? rpcCtors.get(Object.getPrototypeOf(v)).name : null;
        throw what ? dataCloneError(`#<${what}> could not be cloned.`) : notCloneable(v);
      }
      if (src) {
        throw dataCloneError(`Could not serialize object of type "${rpcTags.get(Object.getPrototypeOf(v))}". `
          + "This type does not support serialization.");
      }
      if (bindingProxies.has(v)) { // a ctx.exports loopback (checked on workerd, with and without experimental)
        throw dataCloneError('Could not serialize object of type "LoopbackServiceStub". This type does not support serialization.');
      }
      ids.set(v, ids.size);
      if (st) {
        // A disposed stub still crosses, as a stub whose calls fail (checked on workerd, our case 136).
        // Each copy sent is one more handle on the owner's object, taken over by whoever reads it.
        if (!st.disposed) host.retainStub(st.gid);
        out.push(T.STUB, st.kind, st.disposed ? 0 : st.gid);
        if (collector) collector.forwarded.push(st);
        return;
      }
      out.push(T.STUB, "function", exportValue(v, "function", !!collector));
    }
    function write(v) {
      const type = typeof v;
      if (type === "string") { out.push(5, v); return; } // STR, the most common
      if (type === "number" && (v !== 0 || 1 / v > 0)) { // NUM
        if (v !== v || v === Infinity || v === -Infinity) special = true; // not JSON
        out.push(4, v);
        return;
      }
      switch (type) {
        case "undefined": out.push(T.UNDEF); return;
        case "boolean": out.push(v ? T.TRUE : T.FALSE); return;
        case "number": if (v === 0 && 1 / v < 0) out.push(T.NEGZERO); else out.push(T.NUM, v); return;
        case "string": out.push(T.STR, v); return;
        case "bigint": out.push(T.BIGINT, v.toString()); return;
        case "symbol": throw notCloneable(v);
        case "function": writeFunction(v); return;
      }
      if (v === null) { out.push(T.NULL); return; }
      const seen = ids.get(v);
      if (seen !== undefined) { out.push(T.REF, seen); return; }
      ids.set(v, ids.size);
      writeObject(v);
    }
    // Each key and its value; as in V8, a key an earlier getter deleted is left out (the count
    // written before, at out[at], is corrected), so an array's element becomes a hole.
    function writeKeys(v, keys, at = out.length - 1) {
      const n = keys.length;
      if ((depth += WRITE_COST.object) > DEPTH_BUDGET) throw stackExceeded();
      let gone = 0;
      for (let k = 0; k < n; k++) {
        const key = keys[k];
        const x = v[key];
        if (x === undefined && !hasOwn(v, key)) { gone++; continue; }
        out.push(key);
        write(x);
      }
      if (gone) out[at] = n - gone;
      depth -= WRITE_COST.object;
    }
    // With the experimental flag a service binding crosses as itself: the receiver gets a binding
    // to the same target (checked on workerd).
    function writeService(v) {
      out.push(T.STUB, "service", host.shareService(bindingIds.get(v)));
    }
    function writeObject(v) {
      if (isProxy(v)) {
        if (bindingProxies.has(v)) {
          if (!local && flags.experimental) { writeService(v); return; }
          throw dataCloneError(local ? "ServiceStub cannot be serialized in this context."
            : "ServiceStub serialization requires the 'experimental' compat flag.");
        }
        writeProxy(v);
        return;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto === ObjectProto && v !== G && (engineClassOf !== null ? engineClassOf(v) === ORDINARY_CLASS : typeTag(v) === "Object")) { // a plain object: the common case first
        const keys = Object.keys(v);
        const n = keys.length;
        out.push(T.OBJ, n);
        writeKeys(v, keys);
        return;
      }
      if (Array.isArray(v)) {
        const keys = Object.keys(v);
        const n = keys.length;
        out.push(T.ARR, v.length, n);
        writeKeys(v, keys);
        return;
      }
      const brand = brandOf(v);
      switch (brand) {
        case "Date": {
          const time = Date.prototype.getTime.call(v);
          if (time !== time) special = true; // an invalid Date: NaN is not JSON
          out.push(T.DATE, time);
          return;
        }
        case "RegExp": out.push(T.REGEXP, getterOf(RegExp.prototype, "source").call(v), regExpFlags(v)); return;
        case "Map": {
          const entries = [...Map.prototype.entries.call(v)];
          out.push(T.MAP, entries.length);
          if ((depth += WRITE_COST.map) > DEPTH_BUDGET) throw stackExceeded();
          for (const [k, x] of entries) { write(k); write(x); }
          depth -= WRITE_COST.map;
          return;
        }
        case "Set": {
          const values = [...Set.prototype.values.call(v)];
          out.push(T.SET, values.length);
          if ((depth += WRITE_COST.map) > DEPTH_BUDGET) throw stackExceeded();
          for (const x of values) write(x);
          depth -= WRITE_COST.map;
          return;
        }
        case "ArrayBuffer": {
          if (detachedOf.call(v)) throw dataCloneError("An ArrayBuffer is detached and could not be cloned.");
          special = true;
          const copy = ArrayBuffer.prototype.slice.call(v, 0);
          if (resizableOf.call(v)) out.push(T.RABUF, copy, maxByteLengthOf.call(v));
          else out.push(T.ABUF, copy);
          return;
        }
        case "SharedArrayBuffer": special = true; out.push(T.SAB, local ? v : 0); return;
        case "DataView": {
          const view = (name) => getterOf(DataView.prototype, name).call(v);
          const buffer = view("buffer");
          const offset = view("byteOffset");
          const length = view("byteLength");
          const measure = () => { try { return view("byteLength"); } catch (_) { return 0; } };
          const tracking = onResizableEnd(buffer, offset, length) && tracksLength(buffer, 1, measure);
          if (tracking) out.push(T.TVIEW, "DataView"); else out.push(T.DVIEW);
          write(buffer);
          out.push(offset);
          if (!tracking) out.push(length);
          return;
        }
        case "Number": {
          const n = Number.prototype.valueOf.call(v);
          if (!Number.isFinite(n) || (n === 0 && 1 / n < 0)) special = true; // not JSON
          out.push(T.WNUM, n);
          return;
        }
        case "String": out.push(T.WSTR, String.prototype.valueOf.call(v)); return;
        case "Boolean": out.push(T.WBOOL, Boolean.prototype.valueOf.call(v)); return;
        case "BigInt": out.push(T.WBIG, BigInt.prototype.valueOf.call(v).toString()); return;
        case "Symbol": case "WeakMap": case "WeakSet": case "WeakRef": case "FinalizationRegistry": case "Promise":
        case "Generator": case "AsyncGenerator": case "Arguments": case "Global":
          throw notCloneable(v);
        case "Error": writeError(v); return;
        case "TypedArray": {
          const view = (name) => getterOf(Object.getPrototypeOf(Int8Array.prototype), name).call(v);
          const ctor = typedArrayName.call(v);
          const buffer = view("buffer");
          const offset = view("byteOffset");
          const length = view("length");
          const tracking = onResizableEnd(buffer, offset, view("byteLength"))
            && tracksLength(buffer, G[ctor].BYTES_PER_ELEMENT, () => view("length"));
          out.push(tracking ? T.TVIEW : T.VIEW, ctor);
          write(buffer);
          out.push(offset);
          if (!tracking) out.push(length);
          return;
        }
      }
      if (typeof Headers === "function" && v instanceof Headers) { writeHeaders(v, host.headersImmutable(v)); return; }
      if (typeof Request === "function" && v instanceof Request) {
        if (host.requestHasSignal(v)) throw dataCloneError("AbortSignal serialization is not enabled.");
        const cf = v.cf;
        out.push(T.REQUEST, v.method, v.url, v.redirect);
        write(cf === undefined ? undefined : JSON.parse(nativeStringify(cf))); // workerd keeps cf as JSON
        writeHeaders(v.headers);
        writeBody(v);
        out.push(v.cache ?? null);
        return;
      }
      if (typeof Response === "function" && v instanceof Response) {
        // A status text the Response was not given is not sent (it is rebuilt from the status).
        out.push(T.RESPONSE, v.status, v.status === 0 || host.statusTextGiven(v) ? v.statusText : null);
        writeHeaders(v.headers);
        writeBody(v);
        return;
      }
      if (typeof ReadableStream === "function" && v instanceof ReadableStream) { writeStream(v); return; }
      if (typeof WritableStream === "function" && v instanceof WritableStream) {
        if (local) throw dataCloneError("WritableStream can only be serialized for RPC.");
        writeWritable(v);
        return;
      }
      if (typeof AbortSignal === "function" && v instanceof AbortSignal) {
        throw dataCloneError("AbortSignal serialization is not enabled.");
      }
      if (bindingProxies.has(v)) {
        if (!local && flags.experimental) { writeService(v); return; }
        throw dataCloneError(local ? "ServiceStub cannot be serialized in this context."
          : "ServiceStub serialization requires the 'experimental' compat flag.");
      }
      if (local && v instanceof RpcTarget) throw dataCloneError("Remote RPC references can only be serialized for RPC.");
      if (v instanceof RpcTarget) {
        out.push(T.STUB, "target", exportValue(v, "target", !!collector));
        if (collector) collector.targets.push(v);
        return;
      }
      // Over RPC only plain objects cross; structuredClone() copies other objects' own data, but
      // not the runtime's API objects (checked on workerd).
      if (proto !== ObjectProto && isEngineKind(v) && !isApiObject(v)) throw notCloneable(v);
      if (proto !== ObjectProto && (!local || isApiObject(v))) throw notSerializable(v);
      const keys = Object.keys(v);
      out.push(T.OBJ, keys.length);
      writeKeys(v, keys);
    }
    // workerd sends a Proxy as a stub when it poses as a plain object (then its own properties are
    // reachable, as on a plain-object entrypoint) or as an RpcTarget; structuredClone() refuses it.
    function writeProxy(v) {
      if (local) throw notCloneable(v);
      let proto;
      try { proto = Object.getPrototypeOf(v); } catch (_) { throw new TypeError("Proxy is revoked"); }
      let kind = "plain";
      if (proto !== ObjectProto) {
        for (let p = proto; p !== RpcTarget.prototype; p = Object.getPrototypeOf(p)) {
          if (p === null) throw dataCloneError(PROXY_MESSAGE);
        }
        kind = "target";
      }
      out.push(T.STUB, kind, exportValue(v, kind, !!collector));
      if (collector && kind === "target") collector.targets.push(v);
    }
    function writeHeaders(h, immutable = false) {
      const pairs = host.headersList(h); // each value apart, as workerd sends them
      out.push(immutable ? T.IHEADERS : T.HEADERS, pairs.length);
      for (const [name, value] of pairs) out.push(name, value);
    }
    function writeBody(message) {
      if (message.bodyUsed) throw lockedError();
      if (message.body === null) { out.push(T.NULL); return; }
      ids.set(message.body, ids.size);
      writeStream(message.body);
    }
    // A stream crosses as a reference: the receiver pulls chunks from the sender's reader.
    function writeStream(stream) {
      if (local) throw dataCloneError("ReadableStream can only be serialized for RPC.");
      if (stream.locked) throw lockedError();
      const reader = stream.getReader();
      // workerd pumps a sent stream at once: its first read starts now (see readExportedStream).
      const entry = { reader, sentAsArgument: !!collector, reads: 0, first: reader.read(), firstFailed: false };
      entry.first.then((r) => { if (!r.done && !isByteChunk(r.value)) entry.firstFailed = true; },
        () => { entry.firstFailed = true; });
      out.push(T.STREAM, exportValue(entry, "stream"));
    }
    // A WritableStream crosses as a reference: the receiver's writes go to the sender's writer.
    function writeWritable(stream) {
      if (stream.locked) throw new TypeError("This WritableStream is currently locked to a writer.");
      out.push(T.WSTREAM, exportValue({ writer: stream.getWriter(), closed: false }, "wstream"));
    }
    function writeError(e) {
      if (typeof DOMException === "function" && e instanceof DOMException) {
        // workerd's own DOMException serializer: name and message only.
        out.push(T.ERR, "DOMException", String(e.name), String(e.message), false);
        return;
      }
      if ((depth += WRITE_COST.error) > DEPTH_BUDGET) throw stackExceeded();
      if (flags.enhancedErrors) writeHostError(e); else writeNativeError(e);
      depth -= WRITE_COST.error;
    }
    // The sender's stack travels in V8's format, without Bindery's own frames (workerd's are C++).
    function withoutRuntimeFrames(stack) {
      return stack.includes("(bindery:") ? stack.split("\n").filter((l) => !/^ +at .*\(bindery:[^)]*\)$/.test(l)).join("\n") : stack;
    }
    // V8's own format (before enhanced_error_serialization): the class its `name` names, the own
    // `message`, the stack and the own `cause`; everything else is lost.
    function writeNativeError(e) {
      const name = e.name;
      if (typeof name === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
      const nameText = String(name);
      const ctor = VALUE_ERROR_NAMES.has(nameText) ? nameText : "Error";
      const m = Object.getOwnPropertyDescriptor(e, "message");
      const stack = e.stack;
      out.push(T.ERRN, ctor, m && "value" in m ? v8Message(String(m.value)) : null,
        typeof stack === "string" ? withoutRuntimeFrames(stack) : null);
      const c = Object.getOwnPropertyDescriptor(e, "cause");
      const hasCause = c !== undefined && "value" in c;
      out.push(hasCause);
      if (hasCause) write(c.value);
    }
    // workerd's format with enhanced_error_serialization: name (when not a built-in class), message
    // and every own property but the index-like ones, read as they are at send time.
    function writeHostError(e) {
      const name = e.name;
      if (typeof name === "symbol") throw new TypeError("Cannot convert a Symbol value to a string");
      const nameText = String(name);
      const tag = HOST_ERROR_NAMES.has(nameText) ? nameText : "UNKNOWN";
      out.push(T.ERRH, tag);
      if (tag === "UNKNOWN") write(name);
      const message = e.message;
      write(typeof message === "string" ? v8Message(message) : message);
      const props = {};
      for (const key of Reflect.ownKeys(e)) {
        if (typeof key === "symbol" || key === "name" || key === "message" || key === "stack" || isIndexName(key)) continue;
        const value = e[key];
        Object.defineProperty(props, key, { value, writable: true, enumerable: true, configurable: true });
      }
      const keys = Object.keys(props);
      out.push(T.OBJ, keys.length);
      ids.set(props, ids.size);
      writeKeys(props, keys);
    }
    write(value);
    if (!special && out.length > 32) out.asJson = true;
    return out;
  }
  // A clone walked by Java (rpc/ValueWalker), which reads plain data through the polyglot API for far
  // less than this interpreted serializer; everything else it hands back here, numbered as one walk.
  // (readObject and readArray are for the plain-data fast path's reader, clone/PlainWriter.)
  const walkCosts = { object: WRITE_COST.object, readObject: READ_COST.object, readArray: READ_COST.array, budget: DEPTH_BUDGET };
  const ORDINARY_CLASS = engineClassOf === null ? null : engineClassOf({});
  const ARRAY_CLASS = engineClassOf === null ? null : engineClassOf([]);
  // The serializer of one walk: writes `v` from nesting cost `depth`, after numbering what Java
  // numbered since last time; answers the tokens and how many objects it numbered.
  function walkSession(collector) {
    const ids = new Map();
    return (v, depth, ...numbered) => {
      for (let i = 0; i < numbered.length; i++) ids.set(numbered[i], ids.size);
      const before = ids.size;
      const tokens = serialize(v, collector, false, { ids, depth });
      return [tokens, ids.size - before];
    };
  }
  // Whether objects Java took as plain (by their constructor) are: ordinary objects whose prototype
  // is Object.prototype, or arrays whose prototype is Array.prototype.
  function walkConfirm(...objects) {
    if (ORDINARY_CLASS === null) return false;
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i];
      const proto = Object.getPrototypeOf(o);
      const c = engineClassOf(o);
      if (proto === ObjectProto ? c !== ORDINARY_CLASS || o === G : proto !== Array.prototype || c !== ARRAY_CLASS) {
        return false;
      }
    }
    return true;
  }
  const walkTooDeep = () => { throw stackExceeded(); };
  // A message for Java: true when Java's walker wrote its tokens (Java keeps them), else the tokens.
  // (A walk that gives up lets go of the stubs it exported and the handles it took: forgetExported.)
  function toHost(value, collector) {
    return host.walk(value, collector) || forHost(serialize(value, collector));
  }

  // Large token lists go to Java as one JSON string (JSON.stringify is native, reading an array
  // element by element from Java is not); tokens JSON cannot carry go as the array itself.
  const forHost = (tokens) => (tokens.asJson ? nativeStringify(tokens) : tokens);

  // An own data property, also for "__proto__", which an assignment would take as the prototype.
  function setOwn(o, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    } else {
      o[key] = value;
    }
  }

  // A reference to an Error still being read in workerd's own format: V8 cannot resolve it.
  const PENDING = Symbol("pending");
  const undeserializable = () => new Error("Unable to deserialize cloned data.");
  function deserialize(tokens, start = 0, collector) {
    let i = start;
    const objs = [];
    let depth = 0;
    const enter = (cost) => { if ((depth += cost) > DEPTH_BUDGET) throw stackExceeded(); };
    function readHeaderPairs() {
      const n = tokens[i++];
      const pairs = [];
      for (let k = 0; k < n; k++) pairs.push([tokens[i++], tokens[i++]]);
      return pairs;
    }
    function read() {
      const t = tokens[i++];
      if (t === 4 || t === 5) return tokens[i++]; // NUM, STR: the common case, ahead of the switch
      switch (t) {
        case 0: /* UNDEF */ return undefined;
        case 1: /* NULL */ return null;
        case 2: /* TRUE */ return true;
        case 3: /* FALSE */ return false;
        case 4: /* NUM */ return tokens[i++];
        case 22: /* NEGZERO */ return -0;
        case 5: /* STR */ return tokens[i++];
        case 6: /* BIGINT */ return BigInt(tokens[i++]);
        case 7: /* REF */ { const o = objs[tokens[i++]]; if (o === PENDING) throw undeserializable(); return o; }
        case 9: /* ARR */ {
          const a = new Array(tokens[i++]); objs.push(a);
          const n = tokens[i++];
          if ((depth += 159847) > DEPTH_BUDGET) throw stackExceeded(); // READ_COST.array
          for (let k = 0; k < n; k++) {
            const key = tokens[i++];
            if (key === "__proto__") setOwn(a, key, read()); else a[key] = read();
          }
          depth -= 159847;
          return a;
        }
        case 8: /* OBJ */ {
          const o = {}; objs.push(o);
          const n = tokens[i++];
          if ((depth += 431872) > DEPTH_BUDGET) throw stackExceeded(); // READ_COST.object
          for (let k = 0; k < n; k++) {
            const key = tokens[i++];
            if (key === "__proto__") setOwn(o, key, read()); else o[key] = read();
          }
          depth -= 431872;
          return o;
        }
        case 10: /* DATE */ { const d = new Date(tokens[i++]); objs.push(d); return d; }
        case 11: /* REGEXP */ { const r = new RegExp(tokens[i++], tokens[i++]); objs.push(r); return r; }
        case 12: /* MAP */ {
          const m = new Map(); objs.push(m);
          const n = tokens[i++];
          enter(READ_COST.map);
          for (let k = 0; k < n; k++) { const key = read(); m.set(key, read()); }
          depth -= READ_COST.map;
          return m;
        }
        case 13: /* SET */ {
          const s = new Set(); objs.push(s);
          const n = tokens[i++];
          enter(READ_COST.map);
          for (let k = 0; k < n; k++) s.add(read());
          depth -= READ_COST.map;
          return s;
        }
        case 14: /* ABUF */ { const b = tokens[i++]; objs.push(b); return b; }
        case 40: /* RABUF */ {
          const bytes = tokens[i++];
          const b = new ArrayBuffer(byteLengthOf.call(bytes), { maxByteLength: tokens[i++] });
          new Uint8Array(b).set(new Uint8Array(bytes));
          objs.push(b);
          return b;
        }
        case 44: /* SAB */ {
          const b = tokens[i++];
          if (!BRANDS.SharedArrayBuffer(b)) throw undeserializable(); // shared memory stays in one worker
          objs.push(b);
          return b;
        }
        case 41: /* TVIEW: a view that follows its resizable buffer's length */ {
          const slot = objs.length; objs.push(null);
          const ctor = tokens[i++]; const buf = read(); const off = tokens[i++];
          const view = ctor === "DataView" ? new DataView(buf, off) : new G[ctor](buf, off);
          objs[slot] = view; return view;
        }
        case 15: /* VIEW */ {
          const slot = objs.length; objs.push(null);
          const ctor = tokens[i++]; const buf = read(); const off = tokens[i++]; const len = tokens[i++];
          const view = new G[ctor](buf, off, len); objs[slot] = view; return view;
        }
        case 16: /* DVIEW */ {
          const slot = objs.length; objs.push(null);
          const buf = read(); const view = new DataView(buf, tokens[i++], tokens[i++]); objs[slot] = view; return view;
        }
        case 17: /* WNUM */ { const o = Object(tokens[i++]); objs.push(o); return o; }
        case 18: /* WSTR */ { const o = Object(String(tokens[i++])); objs.push(o); return o; }
        case 19: /* WBOOL */ { const o = Object(Boolean(tokens[i++])); objs.push(o); return o; }
        case 20: /* WBIG */ { const o = Object(BigInt(tokens[i++])); objs.push(o); return o; }
        case 24: /* HEADERS */ case 46: /* IHEADERS: immutable */ {
          const n = tokens[i++];
          const h = new Headers();
          for (let k = 0; k < n; k++) h.append(tokens[i++], tokens[i++]);
          if (t === 46) host.freezeHeaders(h);
          objs.push(h);
          return h;
        }
        case 25: /* REQUEST */ {
          const slot = objs.length; objs.push(null);
          const method = tokens[i++]; const url = tokens[i++]; const redirect = tokens[i++]; const cf = read();
          tokens[i++]; // HEADERS tag
          const headers = readHeaderPairs();
          const body = read();
          const cache = tokens[i++];
          const init = { method, headers, redirect };
          if (cf !== undefined) init.cf = cf;
          if (cache !== null) init.cache = cache;
          if (body !== null) { init.body = body; init.duplex = "half"; }
          const r = new Request(url, init);
          objs[slot] = r;
          return r;
        }
        case 26: /* RESPONSE */ {
          const slot = objs.length; objs.push(null);
          const status = tokens[i++]; const statusText = tokens[i++];
          tokens[i++]; // HEADERS tag
          const headers = readHeaderPairs();
          const body = read();
          // Response.error() crosses as an error response (status 0).
          const init = { status, headers };
          if (statusText !== null) init.statusText = statusText;
          const r = status === 0 ? ResponseClass.error() : new Response(body, init);
          objs[slot] = r;
          return r;
        }
        case 27: /* STREAM */ {
          const stream = remoteStream(makeStub(tokens[i++], "stream"));
          objs.push(stream);
          return stream;
        }
        case 45: /* WSTREAM */ {
          const stub = makeStub(tokens[i++], "wstream");
          const stream = remoteWritable(stub);
          objs.push(stream);
          if (collector) collector.stubs.push(stub);
          return stream;
        }
        case 23: /* STUB */ {
          const kind = tokens[i++];
          if (kind === "service") {
            // The receiver needs the flag too: without it the message is refused (checked on workerd).
            if (!flags.experimental) throw dataCloneError("ServiceStub serialization requires the 'experimental' compat flag.");
            const id = host.adoptService(tokens[i++]);
            adoptedScopes.set(id, host.scopeId());
            const binding = makeBinding(id, "", false);
            objs.push(binding);
            if (collector) collector.services = true;
            return binding;
          }
          const stub = makeStub(tokens[i++], kind);
          holdInScope(stubStates.get(stub));
          objs.push(stub);
          if (collector) collector.stubs.push(stub);
          return stub;
        }
        case 28: /* PLAIN: a value Java sent as JSON text, already parsed by plainValue */ return tokens[i++];
        case 42: /* ERRN: V8's own format */ {
          const slot = objs.length; objs.push(null);
          const ctor = tokens[i++]; const message = tokens[i++]; const stack = tokens[i++];
          const e = message === null ? new G[ctor]() : new G[ctor](message);
          Object.defineProperty(e, "stack", { value: stack === null ? undefined : stack, writable: true, configurable: true });
          if (stack !== null) CARRIED_STACKS.add(e);
          objs[slot] = e;
          if (tokens[i++]) {
            enter(READ_COST.error);
            Object.defineProperty(e, "cause", { value: read(), writable: true, configurable: true });
            depth -= READ_COST.error;
          }
          return e;
        }
        case 43: /* ERRH: workerd's format, with enhanced_error_serialization */ {
          const slot = objs.length; objs.push(PENDING);
          enter(READ_COST.error);
          const tag = tokens[i++];
          const name = tag === "UNKNOWN" ? read() : undefined;
          const message = read();
          if (typeof message !== "string") {
            throw dataCloneError("Deserialization failed: error message is not a string");
          }
          const e = tag === "AggregateError" ? new AggregateError([], message) : new (tag === "UNKNOWN" ? Error : G[tag])(message);
          if (tag === "AggregateError") delete e.errors;
          if (tag === "UNKNOWN") {
            Object.defineProperty(e, "name", { value: name, writable: true, enumerable: true, configurable: true });
          }
          const props = read();
          for (const key of Object.keys(props)) e[key] = props[key];
          depth -= READ_COST.error;
          objs[slot] = e;
          return e;
        }
        case 21: /* ERR */ {
          const slot = objs.length; objs.push(null);
          const ctor = tokens[i++]; const name = tokens[i++]; const message = tokens[i++];
          const e = ctor === "DOMException" ? host.domException(message, name) : new (G[ctor] || Error)(message);
          objs[slot] = e;
          if (tokens[i++]) Object.defineProperty(e, "cause", { value: read(), writable: true, configurable: true });
          return e;
        }
      }
      throw new Error(`internal error: bad clone token ${t} at ${i - 1}`);
    }
    return read();
  }

  // ---- stubs: functions and RpcTargets cross by reference ----------------------------------------
  const bindingProxies = new WeakSet();  // env.B objects: not serializable without 'experimental'
  const exported = new Map();          // local id -> { value, kind }, for stubs held by other workers
  let nextLocalId = 1;
  const stubStates = new WeakMap();    // stub proxy -> { gid, kind, disposed }

  // `disposable`: sent as an argument (or wrapped by new RpcStub): its [Symbol.dispose]() runs once
  // every handle on it is disposed, e.g. when the callee's method returns (checked on workerd, our
  // case 141). Objects a callee returns are disposed that way only while the invocation that returned
  // them lives on (it handed out other stubs still held), or when the release follows another such
  // object's release (of this worker) in the same turn of the releasing side; otherwise releasing
  // the last stub ends the invocation first, and the disposer never runs (checked on workerd, our
  // cases 033, 239, 247).
  function exportValue(v, kind, disposable = false) {
    const localId = nextLocalId++;
    exported.set(localId, { value: v, kind, disposable });
    return host.exportStub(localId, kind === "stream");
  }
  let lastDisposerBurst = 0;
  function releaseExported(localId, ownerAlive = true, burst = 0, ownerLive = true) {
    const entry = exported.get(localId);
    if (entry === undefined) return;
    if (!entry.disposable && (entry.kind === "target" || entry.kind === "function")) {
      exported.delete(localId);
      const v = entry.value;
      if (typeof v[Symbol.dispose] !== "function") return;
      const inBurst = burst !== 0 && lastDisposerBurst === burst;
      lastDisposerBurst = burst;
      if (ownerAlive || inBurst) {
        try { v[Symbol.dispose](); } catch (_) { /* a disposer's failure is nobody's */ }
      }
      return;
    }
    if (!ownerLive) return;
    exported.delete(localId);
    const v = entry.value;
    if (entry.kind === "wstream") {
      if (!v.closed) v.writer.abort(new Error(WRITABLE_GONE)).catch(() => {});
      return;
    }
    if (entry.disposable && typeof v[Symbol.dispose] === "function") {
      try { v[Symbol.dispose](); } catch (_) { /* a disposer's failure is nobody's */ }
    }
  }
  function disposedError() {
    return new Error("RPC stub used after being disposed.");
  }
  function otherRequestError(type = "Client") {
    return new Error("Cannot perform I/O on behalf of a different request. I/O objects (such as streams, request/response "
      + "bodies, and others) created in the context of one request handler cannot be accessed from a different request's "
      + `handler. This is a limitation of Cloudflare Workers which allows us to improve overall performance. (I/O type: ${type})`);
  }
  // The owner hears of each handle made and disposed: a callee that handed out stubs lives while they are held.
  function disposeStub(state) {
    // A received WritableStream lets go once the writes and close already queued on it have gone out.
    if (state.stream !== undefined) {
      const stream = state.stream;
      state.stream = undefined;
      const idle = host.writableIdle(stream).then(() => disposeStub(state));
      host.waitUntil(idle); // the holder's scope lives until then
      return;
    }
    if (!state.disposed) {
      state.disposed = true;
      if (state.gid !== 0 && !state.released) host.releaseStub(state.gid);
    }
  }
  // Stubs an invocation received (call results, parameters, dup()s) are let go when it ends, as
  // workerd drops an ended request's objects: the owner then disposes its object (checked on
  // workerd, our case 244). They are not marked disposed: using one later fails as another
  // request's object. The request itself (scope of the top-level fetch) keeps its stubs.
  const heldByScope = new Map();
  let unheldScope = 0;
  function holdInScope(state) {
    const scope = state.scope;
    if (scope === 0 || scope === unheldScope || state.gid === 0 || state.disposed
      || state.kind === "stream" || state.kind === "wstream") return;
    let list = heldByScope.get(scope);
    if (list === undefined) {
      const held = [];
      const release = () => {
        heldByScope.delete(scope);
        for (const st of held) {
          if (!st.disposed && !st.released) { st.released = true; host.releaseStub(st.gid); }
        }
      };
      if (!host.releaseAtEnd(release)) { unheldScope = scope; return; }
      list = held;
      heldByScope.set(scope, list);
    }
    list.push(state);
  }
  function illegalInvocation() {
    return new TypeError("Illegal invocation: function called with incorrect `this` reference. See "
      + "https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.");
  }

  // workerd's classes of stubs (JsRpcStub), call results (JsRpcPromise) and properties read without
  // awaiting (JsRpcProperty), exported by cloudflare:workers as RpcStub, RpcPromise and RpcProperty.
  // Their instances are callable (typeof "function") and extensible, with the class's prototype and
  // then Object.prototype as their chain: names found there are local (dup, then, toString,
  // constructor, ...), any other non-index name is an RPC property (checked on workerd, our case 131).
  function rpcClass(ctor, tag, methods) {
    const proto = {};
    for (const name of Object.keys(methods)) {
      Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
    }
    Object.defineProperty(proto, "constructor", { value: ctor, writable: true, enumerable: false, configurable: true });
    // Before set_tostring_tag (2024-09-26) a callable API object reads as [object Object].
    Object.defineProperty(proto, Symbol.toStringTag, {
      value: flags.toStringTag ? tag : "Object", writable: false, enumerable: false, configurable: true,
    });
    Object.defineProperty(ctor, "prototype", { value: proto, writable: false });
    // workerd's global name until the worker imports cloudflare:workers (see useModuleNames).
    Object.defineProperty(ctor, "name", { value: tag, configurable: true });
    rpcTags.set(proto, tag);
    rpcCtors.set(proto, ctor);
    return proto;
  }
  const rpcTags = new WeakMap(); // prototype -> workerd's class name, for messages
  const rpcCtors = new WeakMap(); // prototype -> constructor, whose name a clone error shows
  const RpcStub = function RpcStub() {
    if (new.target === undefined) {
      throw new TypeError("Failed to construct 'JsRpcStub': Please use the 'new' operator, this object constructor "
        + "cannot be called as a function.");
    }
    return localStub(arguments[0]);
  };
  const RpcPromise = function RpcPromise() { throw new TypeError("Illegal constructor"); };
  const RpcProperty = function RpcProperty() { throw new TypeError("Illegal constructor"); };
  const stateOf = (stub) => {
    const st = stubStates.get(stub);
    if (st === undefined) throw illegalInvocation();
    return st;
  };
  const STUB_PROTO = rpcClass(RpcStub, "JsRpcStub", {
    dup() {
      const st = stateOf(this);
      if (!st.disposed && st.gid !== 0) host.retainStub(st.gid);
      const copy = makeStub(st.gid, st.kind, st.disposed, st.scope);
      holdInScope(stubStates.get(copy));
      return copy;
    },
  });
  Object.defineProperty(STUB_PROTO, Symbol.dispose, {
    value: function () { disposeStub(stateOf(this)); }, writable: true, enumerable: false, configurable: true,
  });
  // An RpcPromise's or RpcProperty's source ({ value(), call(args), prop(name) }): its handler
  // answers this key, which no worker code can name.
  const SOURCE = Symbol("rpcSource");
  const rpcSourceOf = (v) => {
    const proto = Object.getPrototypeOf(v);
    return proto === PROMISE_PROTO || proto === PROPERTY_PROTO ? v[SOURCE] : undefined;
  };
  const sourceOf = (p) => {
    const src = p !== null && (typeof p === "object" || typeof p === "function") ? p[SOURCE] : undefined;
    if (src === undefined) throw illegalInvocation();
    return src;
  };
  // Their callbacks are typed as in workerd: then's first is required, its second optional, and
  // catch's and finally's required (checked on workerd, our case 171).
  function notAFunction(method, self, k) {
    const type = Object.getPrototypeOf(self) === PROMISE_PROTO ? "JsRpcPromise" : "JsRpcProperty";
    return new TypeError(`Failed to execute '${method}' on '${type}': parameter ${k} is not of type 'Function'.`);
  }
  // The receiver whose `then` a trap answered last, and its source (see then below).
  let thenReceiver = null;
  let thenSource = null;
  const thenMethods = {
    then(...a) {
      // sourceOf(this) and src.value(), inline: every `await` of a call comes here, most often just
      // after the get trap answered `then` for this very receiver (a proxy has one source).
      const src = this === thenReceiver ? thenSource
        : this !== null && (typeof this === "object" || typeof this === "function") ? this[SOURCE] : undefined;
      thenReceiver = thenSource = null; // nothing kept alive by this shortcut
      if (src === undefined) throw illegalInvocation();
      if (typeof a[0] !== "function") throw notAFunction("then", this, 1);
      if (a[1] !== undefined && typeof a[1] !== "function") throw notAFunction("then", this, 2);
      return (src.ready ?? src.value()).then(a[0], a[1]);
    },
    catch(...a) {
      const src = sourceOf(this);
      if (typeof a[0] !== "function") throw notAFunction("catch", this, 1);
      return src.value().catch(a[0]);
    },
    finally(...a) {
      const src = sourceOf(this);
      if (typeof a[0] !== "function") throw notAFunction("finally", this, 1);
      return src.value().finally(a[0]);
    },
  };
  const PROMISE_PROTO = rpcClass(RpcPromise, "JsRpcPromise", thenMethods);
  Object.defineProperty(PROMISE_PROTO, Symbol.dispose, {
    value: function () {
      sourceOf(this).value().then((v) => {
        if (v !== null && (typeof v === "object" || typeof v === "function") && typeof v[Symbol.dispose] === "function") {
          v[Symbol.dispose]();
        }
      }, () => {});
    },
    writable: true, enumerable: false, configurable: true,
  });
  const PROPERTY_PROTO = rpcClass(RpcProperty, "JsRpcProperty", thenMethods);

  // A callable object without own properties whose prototype is `proto`.
  function callableWith(proto) {
    const t = () => {};
    delete t.length;
    delete t.name;
    Object.setPrototypeOf(t, proto);
    return t;
  }
  // An RpcPromise or RpcProperty: `src.value()` is the promise `then` waits for, `src.call(args)`
  // calls it, `src.prop(name)` reads a property of it without waiting. Each is a proxy of a bare
  // arrow function; its handler shows `proto` as the prototype and no own properties but those code
  // assigned. One is made per call and per property read, so making one is kept cheap.
  const ownAssigned = (t, p) => (typeof p !== "string" || p !== "length" && p !== "name") && hasOwn(t, p);
  // The handler is also the source: subclasses give value(), call(args) and prop(name).
  class ThenableTraps {
    constructor(proto) { this.proto = proto; this.assigned = false; }
    apply(t, thisArg, args) { return this.call(args); }
    // `new env.B.method(x)` makes the same call (checked on workerd).
    construct(t, args) { return this.call(args); }
    // Properties code assigns stay local; until then (nearly always) reads skip the own-property check.
    set(t, p, v, r) { this.assigned = true; return Reflect.set(t, p, v); }
    defineProperty(t, p, d) { this.assigned = true; return Reflect.defineProperty(t, p, d); }
    get(t, p, r) {
      if (p === SOURCE) return this;
      if (p === "then") { thenReceiver = r; thenSource = this; } // see thenMethods.then
      if (this.assigned && ownAssigned(t, p)) return t[p];
      const proto = this.proto;
      if (typeof p === "symbol" || p in proto) return Reflect.get(proto, p, r);
      // JSON.stringify looks for toJSON: it must not become a remote property (checked on workerd).
      return isIndexName(p) || p === "toJSON" && stringifying > 0 ? undefined : this.prop(p);
    }
    has(t, p) {
      const proto = this.proto;
      return ownAssigned(t, p) || (typeof p === "symbol" || p in proto ? p in proto : !isIndexName(p));
    }
    getPrototypeOf() { return this.proto; }
    ownKeys(t) { return Reflect.ownKeys(t).filter((k) => ownAssigned(t, k)); }
    getOwnPropertyDescriptor(t, p) { return ownAssigned(t, p) ? Reflect.getOwnPropertyDescriptor(t, p) : undefined; }
  }
  // A source class made a handler too (its constructor sets proto and assigned, without a costly super()).
  const withTraps = (cls) => Object.setPrototypeOf(cls.prototype, ThenableTraps.prototype);
  // A bound function: constructible, yet without a (non-configurable) own `prototype`.
  function constructibleTarget() {}
  function rpcThenable(traps) {
    return new Proxy(constructibleTarget.bind(), traps);
  }

  // `scope`: the invocation that holds the stub; no other may use it (checked on workerd, our case 143).
  function makeStub(gid, kind, disposed = false, scope = host.scopeId()) {
    const state = { gid, kind, disposed, scope };
    const proxy = new Proxy(callableWith(STUB_PROTO), {
      apply: (_, __, args) => callStub(state, [], args),
      get: (t, p, r) => {
        if (typeof p === "symbol" || p in t) return Reflect.get(t, p, r);
        return p === "then" || isIndexName(p) ? undefined : stubPath(state, [p]);
      },
      has: (t, p) => (typeof p === "symbol" || p in t ? p in t : p !== "then" && !isIndexName(p)),
    });
    stubStates.set(proxy, state);
    return proxy;
  }
  // `new RpcStub(value)`: a stub on one of this worker's own functions or objects.
  function localStub(value) {
    if (typeof value === "function") return makeStub(exportValue(value, "function", true), "function");
    if (value instanceof RpcTarget) return makeStub(exportValue(value, "target", true), "target");
    if (value !== null && typeof value === "object") return makeStub(exportValue(value, "plain", true), "plain");
    throw new TypeError("Failed to construct 'JsRpcStub': the value is not an object or a function.");
  }
  class StubPath {
    constructor(state, path) { this.proto = PROPERTY_PROTO; this.assigned = false; this.state = state; this.path = path; }
    value() { return callStubRaw(this.state, ["__get__", ...this.path], []); }
    call(args) { return callStub(this.state, this.path, args); }
    prop(name) { return stubPath(this.state, [...this.path, name]); }
  }
  withTraps(StubPath);
  function stubPath(state, path) {
    return rpcThenable(new StubPath(state, path));
  }
  // A call that cannot be sent fails as a rejected promise, never by throwing (checked on workerd, our case 136).
  function callStubRaw(state, path, args) {
    const collector = newCollector();
    let message;
    try {
      if (state.disposed) throw disposedError();
      if (state.scope !== 0) {
        const current = host.scopeId();
        if (current !== 0 && current !== state.scope) throw otherRequestError();
      }
      message = toHost(args, collector);
    } catch (e) {
      return Promise.reject(e);
    }
    const promise = new Promise((resolve, reject) => {
      host.stubCall(state.gid, path, message, resolve, reject);
    });
    // As for binding calls: only when there is something to do, so that the caller's await is the
    // promise's one reaction and an error's stack can name the awaiting functions.
    if (collector.forwarded.length) {
      promise.then(() => afterCall(collector), () => afterCall(collector));
    }
    return promise;
  }
  function callStub(state, path, args) {
    return rpcPromise(callStubRaw(state, path, args));
  }
  // After a call returns: stubs the caller passed on are disposed when ownership moves (before
  // rpc_params_dup_stubs). Its own RpcTargets and functions are disposed by their handles (releaseExported).
  function afterCall(collector) {
    if (!flags.dupStubs) for (const st of collector.forwarded) disposeStub(st);
  }
  // A result that holds stubs gets a disposer that disposes them all, as workerd's results do.
  function receiveResult(tokens) {
    if (tokens.length <= 2) return deserialize(tokens); // a primitive: nothing to dispose
    const collector = newCollector();
    const value = deserialize(tokens, 0, collector);
    if ((collector.stubs.length || collector.services) && value !== null && typeof value === "object" && Object.isExtensible(value)) {
      Object.defineProperty(value, Symbol.dispose, {
        value: () => { for (const s of collector.stubs) disposeStub(stubStates.get(s)); },
        configurable: true, writable: true, enumerable: false,
      });
    }
    return value;
  }
  function disposeReceived(collector) {
    const stubs = collector.stubs;
    for (let i = 0; i < stubs.length; i++) disposeStub(stubStates.get(stubs[i]));
  }

  // A ReadableStream whose chunks come from a stream another worker sent; only bytes may cross.
  function remoteStream(stub) {
    const state = stubStates.get(stub);
    return new ReadableStream({
      type: "bytes",
      async pull(controller) {
        let r;
        try {
          r = await callStubRaw(state, ["read"], []);
        } catch (e) {
          if (e instanceof Error && e.message === STREAM_BROKE) { controller.error(new Error(STREAM_BROKE)); return; }
          // A received stream belongs to the invocation that received it (checked on workerd).
          if (e instanceof Error && e.message === otherRequestError().message) {
            controller.error(otherRequestError("ReadableStreamSource"));
            return;
          }
          const lost = new Error("Network connection lost.");
          lost.retryable = true;
          controller.error(lost);
          return;
        }
        if (r.done) controller.close();
        else controller.enqueue(r.value);
      },
      cancel(reason) {
        callStubRaw(state, ["cancel"], []).catch(() => {});
      },
    });
  }
  // A WritableStream whose writes go to a stream another worker sent; only bytes may cross. An abort
  // stays local; the sender's stream is aborted when the receiver lets go without closing it.
  function remoteWritable(stub) {
    const state = stubStates.get(stub);
    const remote = (op, args, controller) => callStubRaw(state, [op], args).then(() => undefined, (e) => {
      // The failing write gets the sender's error; the stream is closed for later ones (checked on workerd).
      controller.error(new TypeError("This WritableStream has been closed."));
      if (e !== null && typeof e === "object" && hasOwn(e, "remote")) delete e.remote;
      throw e;
    });
    return state.stream = host.byteWritable({
      async write(chunk, controller) {
        const bytes = chunk instanceof ArrayBuffer ? new Uint8Array(chunk.slice(0))
          : new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength));
        for (let at = 0; at < bytes.byteLength || at === 0; at += STREAM_PIECE) {
          await remote("write", [bytes.subarray(at, at + STREAM_PIECE)], controller);
        }
      },
      close() { return remote("close", [], { error() {} }); },
    });
  }
  const WRITABLE_GONE = "WritableStream received over RPC was disconnected because the remote execution context has endeded.";
  function writeExportedStream(entry, op, args) {
    const st = entry.value;
    if (op === "close") { st.closed = true; return st.writer.close(); }
    return st.writer.write(args[0]);
  }
  const STREAM_BROKE = "ReadableStream received over RPC disconnected prematurely.";
  const STREAM_PIECE = 1 << 20;
  const isByteChunk = (chunk) => chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk);
  function readExportedStream(entry, op) {
    const st = entry.value;
    // workerd does not pass a reader's cancel back to the sender's source (checked on workerd).
    if (op === "cancel") return undefined;
    const n = st.reads++;
    // A stream that fails (errors or yields a non-byte chunk) before the receiver first reads it
    // breaks the connection: the callee's never delivers, the caller's loses it; a later failure
    // ends the receiver's stream with STREAM_BROKE (checked on workerd).
    const early = n === 0 && st.firstFailed;
    const fail = () => {
      if (!early) throw new Error(STREAM_BROKE);
      if (st.sentAsArgument) return new Promise(() => {});
      throw new Error("Network connection lost.");
    };
    // A large chunk goes in pieces: a stream's bytes are not under the 32 MiB message limit.
    if (st.rest !== undefined) {
      const rest = st.rest;
      st.rest = rest.byteLength > STREAM_PIECE ? rest.subarray(STREAM_PIECE) : undefined;
      return Promise.resolve({ done: false, value: rest.slice(0, STREAM_PIECE) });
    }
    return (n === 0 ? st.first : st.reader.read()).then((r) => {
      if (r.done) return { done: true };
      const chunk = r.value;
      let bytes;
      if (chunk instanceof ArrayBuffer) bytes = new Uint8Array(chunk);
      else if (ArrayBuffer.isView(chunk)) bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else return fail();
      if (bytes.byteLength > STREAM_PIECE) {
        st.rest = bytes.subarray(STREAM_PIECE);
        bytes = bytes.slice(0, STREAM_PIECE);
      } else if (bytes.byteLength !== bytes.buffer.byteLength) {
        bytes = bytes.slice(); // a view would bring its whole buffer
      }
      return { done: false, value: bytes };
    }, fail);
  }

  // Runs a call on one of this worker's exported functions or RpcTargets.
  function callExported(localId, pathIn, argTokens, done) {
    const received = newCollector();
    let result;
    try {
      const entry = exported.get(localId);
      if (!entry) throw disposedError();
      const path = Array.from(pathIn);
      const isGet = path[0] === "__get__";
      if (isGet) path.shift();
      const args = deserialize(argTokens, 0, received);
      if (entry.kind === "stream") {
        result = readExportedStream(entry, path[0]);
      } else if (entry.kind === "wstream") {
        result = writeExportedStream(entry, path[0], args);
      } else if (entry.kind === "function" && path.length === 0) {
        // workerd calls the function with itself as `this` (checked on workerd).
        result = isGet ? entry.value : Reflect.apply(entry.value, entry.value, args);
      } else {
        result = invokeMember(entry.value, path, isGet ? GET : args, RpcTarget.prototype, entry.kind);
      }
    } catch (e) {
      disposeReceived(received);
      done(false, encodeThrown(e));
      return;
    }
    Promise.resolve(result).then((v) => {
      // Serialized first: a received stub sent back in the result is still usable here.
      let message;
      try { message = toHost(v); } catch (e) { disposeReceived(received); done(false, encodeThrown(e)); return; }
      disposeReceived(received);
      done(true, message);
    }, (e) => { disposeReceived(received); done(false, encodeThrown(e)); });
  }

  // ---- thrown errors across a boundary -----------------------------------------------------
  // As workerd does it: the thrower's side turns the thrown value into a line of text (V8's
  // side-effect-free description, e.g. "TypeError: message" or "#<Thing>"), which decides the
  // error class and message for a receiver without enhanced_error_serialization; a copy of the value
  // (structured clone, class instances as plain objects) travels with it and is what a receiver
  // with the flag gets, when the copy could be made and is an object.
  const TUNNELED_TYPES = ["Error", "RangeError", "TypeError", "SyntaxError", "ReferenceError", "EvalError",
    "URIError", "AggregateError"];
  // GraalJS words some engine errors differently from V8. Workers see V8's words, as on workerd:
  // across a binding, and in their own catch blocks (through the hook CatchHooks.java inserts).
  const V8_WORDING = [
    [/^Cannot read property '(.*)' of (undefined|null)$/s, "Cannot read properties of $2 (reading '$1')"],
    [/^Cannot set property '(.*)' of (undefined|null)$/s, "Cannot set properties of $2 (setting '$1')"],
    [/^Assignment to constant ".*"$/s, "Assignment to constant variable."],
    [/^Cannot add new property "(.*)" to non-extensible .*$/s, "Cannot add property $1, object is not extensible"],
    [/^Right-hand-side of instanceof is not (an object|callable)$/, "Right-hand side of 'instanceof' is not $1"],
    [/^dynamic evaluation of code is disabled\.$/, "Code generation from strings disallowed for this context"],
  ];
  function v8Message(message) {
    for (const [pattern, words] of V8_WORDING) if (pattern.test(message)) return message.replace(pattern, words);
    // A callee reached through `this`: V8 writes `this.x.f` where GraalJS writes `<this>.x.f`.
    if (message.startsWith("<this>") && / is not (a function|a constructor)$/.test(message)) {
      message = "this" + message.slice(6);
    }
    // A callee reached by a string key: V8 writes `env.B.42` where GraalJS writes `env.B["42"]`.
    if (message.includes('["') && / is not (a function|a constructor|iterable)$/.test(message)) {
      return message.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key) => {
        try { return "." + JSON.parse(`"${key}"`); } catch (_) { return "." + key; }
      });
    }
    return message;
  }
  Object.defineProperty(G, "__bindery_catch", {
    value: function (e) {
      try {
        if (e === null || typeof e !== "object") return;
        const proto = Object.getPrototypeOf(e);
        if (proto !== TypeError.prototype && proto !== EvalError.prototype) return;
        const own = Object.getOwnPropertyDescriptor(e, "message");
        if (!own || typeof own.value !== "string" || !own.writable) return;
        const words = v8Message(own.value);
        if (words !== own.value) e.message = words;
      } catch (_) { /* a hostile error object keeps its message */ }
    },
  });
  function trimErrorMessage(text) {
    return text.startsWith(":") ? text.slice(1).replace(/^ +/, "") : "";
  }
  // [class, name, message] of the error a receiver without the flag makes from a thrown value.
  function tunneledError(v) {
    let text;
    if (typeof DOMException === "function" && v instanceof DOMException) {
      text = `DOMException(${v.name}): ${v.message}`;
    } else {
      text = detailString(v);
      const isObject = v !== null && (typeof v === "object" || typeof v === "function");
      if (!isObject || ![...TUNNELED_TYPES, "DOMException"].some((p) => text.startsWith(p))) text = `Error: ${text}`;
    }
    if (text.startsWith("DOMException(")) {
      const close = text.indexOf(")");
      if (close >= 0) return ["DOMException", text.slice(13, close), trimErrorMessage(text.slice(close + 1))];
    }
    for (const type of TUNNELED_TYPES) {
      if (text.startsWith(type)) return [type, type, trimErrorMessage(text.slice(type.length))];
    }
    return ["Error", "Error", `internal error; reference = ${internalErrorId()}`];
  }
  // Error tokens end with the thrower's stack. It is for Java only (workerd gives a caller its own
  // stack): Java takes it off before the tokens reach another worker's decodeThrown.
  function encodeThrown(e) {
    const tokens = errorTokens(e);
    let stack = "";
    try {
      if (e instanceof Error && !e[LOCAL] && typeof e.stack === "string") stack = e.stack;
    } catch (_) { /* a throwing stack getter: the error still crosses, without its stack */ }
    tokens.push(stack);
    return tokens;
  }
  // "error", class, name, message, then the tokens of an array holding the copy of the value (or none).
  function errorTokens(e) {
    if (e instanceof Error && e[LOCAL]) {
      return ["local-error", "Error", "Error", String(e.message), ...serialize([])];
    }
    // workerd reads `overloaded`, `retryable`, then `name` of a thrown object (not of a DOMException)
    // before anything else; a `name` that throws makes the call fail with an internal error that
    // is not remote.
    let overloaded = false, retryable = false;
    const flagged = e !== null && (typeof e === "object" || typeof e === "function") &&
      !(typeof DOMException === "function" && e instanceof DOMException);
    if (flagged) {
      try { overloaded = !!e.overloaded; } catch (_) { /* a throwing getter: an ordinary failure */ }
      try { retryable = !!e.retryable; } catch (_) { /* likewise */ }
      try { e.name; } catch (_) {
        return ["local-error", "Error", "Error", `internal error; reference = ${internalErrorId()}`, ...serialize([])];
      }
    }
    let described;
    try { described = tunneledError(e); } catch (_) { described = ["Error", "Error", ""]; }
    let copy;
    try {
      copy = described[0] === "DOMException" ? serialize([]) : serialize([e], undefined, true);
    } catch (_) {
      copy = serialize([]);
    }
    // A thrown object marked `overloaded` or `retryable` is that kind of failure for workerd, and the
    // receiver's error says so (`overloaded = true` / `retryable = true`), whatever else it lost.
    // (A DOMException always crosses as a plain failure.)
    let kind = "error";
    if (flagged && described[0] !== "DOMException") {
      if (overloaded) kind = "error:overloaded";
      else if (retryable) kind = "error:retryable";
    }
    return [kind, ...described, ...copy];
  }
  function decodeThrown(tokens) {
    const ctor = tokens[1]; const name = tokens[2]; const message = tokens[3];
    let e;
    if (ctor === "DOMException") {
      e = host.domException(message, name);
    } else {
      if (flags.enhancedErrors) {
        try {
          const [copy] = deserialize(tokens, 4);
          if (copy !== null && (typeof copy === "object" || typeof copy === "function")) e = copy;
        } catch (_) { /* not readable here: the text decides */ }
      }
      if (e === undefined) {
        if (ctor === "AggregateError") {
          e = new AggregateError([], message);
          delete e.errors;
        } else {
          e = new (G[ctor] || Error)(message);
        }
      }
    }
    try {
      e.remote = true;
      if (tokens[0] === "error:overloaded") e.overloaded = true;
      else if (tokens[0] === "error:retryable") e.retryable = true;
    } catch (_) { /* a frozen copy keeps what it has */ }
    return e;
  }
  // The error a caller's pending call rejects with, made in a promise job that settles the call's
  // promise: as on workerd, its stack holds no runtime frames, only the caller's functions awaiting
  // the call ("at async f"). `resolve` is the call's own resolve function.
  const captureStackTrace = Error.captureStackTrace;
  // Errors read in V8's format with the sender's stack: a thrown one keeps that stack (as on workerd,
  // when the thrower lacks enhanced_error_serialization and the receiver has it).
  const CARRIED_STACKS = new WeakSet();
  // The job runs once the call's promise has adopted its promise, so the engine finds the awaiting
  // functions through the promises' reactions.
  function rejectThrown(resolve, tokens) {
    let open;
    const gate = new Promise((r) => { open = r; });
    resolve(gate.then(function callerStack() {
      const e = decodeThrown(tokens);
      if (e instanceof Error && !CARRIED_STACKS.has(e)) try { captureStackTrace(e, callerStack); } catch (_) { /* keeps its stack */ }
      throw e;
    }));
    open();
  }
  function localError(tokens) {
    // An error raised by the runtime on the caller's side: no `remote`.
    const e = decodeThrown(tokens);
    delete e.remote;
    return e;
  }

  // ---- RpcPromise: the value of a call, thenable, callable and pipelinable ------------------
  // `base` resolves to the call's result. A property read from it without waiting is an RpcProperty
  // on the same result, walked once it arrives (as workerd walks the callee's result).
  // What a call's result offers before it arrives: `path` read from the value `base` resolves to.
  class ResultPath {
    // `ready`: the promise value() answers, when that is `base` itself (no path to walk).
    constructor(proto, base, path) {
      this.proto = proto; this.assigned = false; this.base = base; this.path = path;
      this.ready = path.length ? undefined : base;
    }
    value() { const path = this.path; return path.length ? this.base.then((v) => readPath(v, path)) : this.base; }
    call(args) { const path = this.path; return rpcPromise(this.base.then((v) => callPath(v, path, args))); }
    prop(name) { return resultProperty(this.base, [...this.path, name]); }
  }
  withTraps(ResultPath);
  const RESULT_PATH = ResultPath.prototype;
  const NO_PATH = Object.freeze([]);
  function rpcPromise(base) {
    return rpcThenable(new ResultPath(PROMISE_PROTO, base, NO_PATH));
  }
  function resultProperty(base, path) {
    return rpcThenable(new ResultPath(PROPERTY_PROTO, base, path));
  }

  function notImplementedRemote(prop) {
    const e = new TypeError(`The RPC receiver does not implement the method "${prop}".`);
    e.remote = true;
    return e;
  }
  function notAFunctionRemote(path) {
    const e = new TypeError(`"${path.length ? path.join(".") : "(this)"}" is not a function.`);
    e.remote = true;
    return e;
  }
  // What a pipelined path may go through (checked on workerd, our case 133): plain objects (own
  // properties) and stubs; not arrays, Maps, Dates or primitives. A name whose value is not one of
  // them fails when more of the path follows it.
  const isPipelineReceiver = (v) => typeof v === "function"
    || (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === ObjectProto);
  // Walks `path` on a result; once a stub is reached, the rest of the path goes to the stub's owner.
  function walk(v, path, onStub) {
    if (path.length && !isPipelineReceiver(v)) throw notImplementedRemote(path[0]);
    for (let k = 0; k < path.length; k++) {
      const state = typeof v === "function" ? stubStates.get(v) : undefined;
      if (state) return onStub(state, path.slice(k), path.slice(0, k));
      const name = path[k];
      if (name === "dup") { // reserved in every path (checked on workerd)
        const e = new TypeError("'dup' is a reserved method and cannot be called over RPC.");
        e.remote = true;
        throw e;
      }
      if (!hasOwn(v, name)) throw notImplementedRemote(name);
      v = v[name];
      if (k < path.length - 1 && !isPipelineReceiver(v)) throw notImplementedRemote(name);
    }
    return onStub(null, [], path, v);
  }
  // The stub's owner names the path from the stub; workerd, walking the whole result, names it from there.
  function fromResult(promise, prefix, rest) {
    if (prefix.length === 0) return promise;
    return promise.catch((e) => {
      if (e instanceof TypeError && e.remote === true && e.message === `"${rest.join(".")}" is not a function.`) {
        e.message = `"${[...prefix, ...rest].join(".")}" is not a function.`;
      }
      throw e;
    });
  }
  function readPath(v, path) {
    return walk(v, path, (state, rest, prefix, value) => (state
      ? fromResult(callStubRaw(state, ["__get__", ...rest], []), prefix, rest) : resentPart(value)));
  }
  // workerd sends a pipelined property of a result by serializing it again, after the whole result
  // went out once: a stream or body inside it is locked by then (checked on workerd, our case 192).
  function resentPart(v) {
    const seen = new Set();
    const scan = (x) => {
      if (x === null || typeof x !== "object" || seen.has(x)) return;
      seen.add(x);
      if (x instanceof ReadableStream || ((x instanceof RequestClass || x instanceof ResponseClass) && x.body !== null)) {
        const e = lockedError();
        e.remote = true;
        throw e;
      }
      if (typeof WritableStream === "function" && x instanceof WritableStream) {
        const e = new TypeError("This WritableStream is currently locked to a writer.");
        e.remote = true;
        throw e;
      }
      if (x instanceof Map) { for (const [k, y] of x) { scan(k); scan(y); } return; }
      if (x instanceof Set) { for (const y of x) scan(y); return; }
      if (Array.isArray(x) || Object.getPrototypeOf(x) === ObjectProto) for (const k of Object.keys(x)) scan(x[k]);
    };
    scan(v);
    return v;
  }
  function callPath(v, path, args) {
    return walk(v, path, (state, rest, prefix, value) => {
      if (state) return fromResult(callStubRaw(state, rest, args), prefix, rest);
      const end = typeof value === "function" ? stubStates.get(value) : undefined;
      if (end === undefined) throw notAFunctionRemote(path);
      return callStubRaw(end, [], args);
    });
  }

  // ---- service bindings (Fetcher) ------------------------------------------------------------
  const isIndexName = (p) => {
    const c = p.charCodeAt(0);
    return c >= 48 && c <= 57 && /^(0|[1-9][0-9]*)$/.test(p) && Number(p) < 4294967295;
  };
  // workerd's wording when a binding's method runs on some other `this` (checked on workerd).
  function illegalInvocation() {
    return new TypeError("Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.");
  }
  // Built-in classes whose constructor scripts cannot call, and whose prototype carries enumerable
  // methods and, from 2024-09-26 (set_tostring_tag), a Symbol.toStringTag, as workerd's API classes.
  // `proto`, when given, is a class's prototype (with parentProto as its own) made the API's.
  function apiClass(name, parentProto, methods, callable = false, proto = Object.create(parentProto)) {
    const ctor = { [name]: function () { throw new TypeError("Illegal constructor"); } }[name];
    delete proto.constructor; // a class's own, listed first: JSG lists it after the methods
    for (const k of Object.keys(methods)) {
      Object.defineProperty(proto, k, { value: methods[k], writable: true, enumerable: true, configurable: true });
    }
    // JSG's prototypes list their methods first, then constructor (checked on workerd).
    Object.defineProperty(proto, "constructor", { value: ctor, writable: true, configurable: true });
    // Before set_tostring_tag, instances that are callable still read as [object Object], not Function.
    if (flags.toStringTag || callable) {
      Object.defineProperty(proto, Symbol.toStringTag, { value: flags.toStringTag ? name : "Object", configurable: true });
    }
    ctor.prototype = proto;
    return ctor;
  }

  // V8's JSON.stringify looks toJSON up past a binding's wildcard, so a binding (or an RPC property)
  // has none unless one was set on it; serializing one never makes an RPC call (checked on workerd).
  let stringifying = 0;
  const nativeStringify = JSON.stringify;
  Object.defineProperty(JSON, "stringify", {
    value: {
      stringify(value, replacer, space) {
        stringifying++;
        try { return nativeStringify(value, replacer, space); } finally { stringifying--; }
      },
    }.stringify,
    writable: true, configurable: true, enumerable: false,
  });

  // A service binding: a Fetcher (its own and prototype properties first, like any object), and every
  // other name not index-like or `then` is an RPC property, new at each read. Methods need the
  // binding itself as `this`.
  const bindingIds = new WeakMap(); // env.B -> the service id Java knows it by
  function bindingId(self) {
    const id = bindingIds.get(self);
    if (id === undefined) throw illegalInvocation();
    return id;
  }
  const fetcherMethods = {
    fetch(...args) {
      const id = bindingId(this);
      // Only a missing argument is "not of type 'Request or string'"; an explicit undefined is the
      // URL "undefined" (checked on workerd).
      const [input, init] = args.length > 0 && args[0] === undefined ? ["undefined", args[1]] : args;
      return new Promise((resolve, reject) => {
        // An aborted signal rejects with its reason, before or while the request runs (checked on workerd).
        const signal = init !== undefined && init !== null && typeof init === "object" && init.signal != null ? init.signal
          : input instanceof RequestClass ? input.signal : null;
        if (signal && signal.aborted) { reject(signal.reason); return; }
        const foreign = foreignBinding(id);
        if (foreign !== null) { reject(foreign); return; }
        // Before fetch_standard_url (2024-06-03) a URL string is parsed by workerd's older parser:
        // one that is not absolute ("relative", "/path", "http:/x") fails when sent, not as an
        // invalid URL (checked on workerd).
        if (!flags.fetchStandardUrl && input !== undefined && !(input instanceof RequestClass)) {
          const text = String(input);
          if (!/^data:/i.test(text) && (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || !URL.canParse(text))) {
            reject(new TypeError(`Fetch API cannot load: ${text}`));
            return;
          }
        }
        let settled = false;
        const settle = (f) => (v) => { if (!settled) { settled = true; f(v); } };
        let abortFetch = null;
        if (signal) {
          signal.addEventListener("abort", settle(() => {
            reject(abortedWhileRunning(signal.reason));
            if (abortFetch) abortFetch();
          }), { once: true });
        }
        // Aborted after the response arrived, the signal fails its body's reads (checked on workerd).
        const arrived = !signal ? resolve : (res) => {
          resolve(res);
          if (!signal.aborted) signal.addEventListener("abort", () => host.abortBody(res, signal.reason), { once: true });
        };
        abortFetch = host.fetch(id, input, init, settle(arrived), settle((tokens) => rejectThrown(resolve, tokens)),
          settle((tokens) => reject(localError(tokens))));
      });
    },
    // Checks the address as workerd does; a valid one then fails as on workerd, whose service
    // bindings take no CONNECT (checked on workerd).
    connect(...args) {
      bindingId(this);
      const address = args[0];
      if (address === undefined) {
        throw new TypeError("Failed to execute 'connect' on 'Fetcher': parameter 1 is not of type 'SocketAddress or string'.");
      }
      if (address !== null && typeof address === "object") {
        if (!Number.isInteger(address.port)) throw new TypeError("The value cannot be converted because it is not an integer.");
      } else {
        const text = String(address);
        if (text === "") throw new TypeError("Specified address is missing hostname.");
        const colon = text.lastIndexOf(":");
        if (colon < 0) throw new TypeError("Specified address is missing port.");
        const port = text.slice(colon + 1);
        if (colon === 0 || !/^[0-9]+$/.test(port) || Number(port) > 65535) {
          throw new TypeError("Specified address could not be parsed.");
        }
      }
      throw new TypeError("Incoming CONNECT on a worker not supported");
    },
  };
  // A fetch aborted while the bound worker runs rejects with a copy of the reason, as an error that
  // crossed a boundary: same class and message (a DOMException keeps retryable), or an Error naming
  // a non-Error value (checked on workerd).
  function abortedWhileRunning(reason) {
    const e = localError(encodeThrown(reason));
    if (reason instanceof Error && reason.retryable === true) e.retryable = true;
    return e;
  }
  // Before 2024-03-26 (fetcher_has_get_put_delete), get/put/delete are HTTP shortcuts on the prototype.
  if (flags.legacyHttpShortcuts) {
    // workerd's Fetcher::get/put/delete (checked on workerd): the URL is a string argument checked
    // before the request is sent; a status outside 2xx fails ("HTTP GET request failed: 500
    // Internal Server Error"), except 404/410 for get, which resolve to null; get reads the body as
    // text, arrayBuffer, json or stream; put's options add expiration query parameters.
    const legacyUrl = (name, args) => {
      if (args.length === 0 || args[0] === undefined) {
        throw new TypeError(`Failed to execute '${name}' on 'Fetcher': parameter 1 is not of type 'string'.`);
      }
      const text = String(args[0]);
      let url = null;
      try { url = new URL(text); } catch (_) { /* refused below */ }
      if (url === null && flags.fetchStandardUrl) throw new TypeError(`Invalid URL: ${text}`);
      if (url === null || url.protocol !== "http:" && url.protocol !== "https:") {
        throw new TypeError(`Fetch API cannot load: ${text}`);
      }
      return url;
    };
    const failed = (method, r) => new Error(`HTTP ${method} request failed: ${r.status} ${r.statusText}`);
    const send = (self, url, init) => fetcherMethods.fetch.call(self, url.href, init);
    fetcherMethods.get = {
      get(...args) {
        const self = this;
        bindingId(self);
        return (async () => {
          const url = legacyUrl("get", args);
          const type = args[1] === undefined ? "text" : String(args[1]);
          const r = await send(self, url, { method: "GET" });
          if (r.status === 404 || r.status === 410) return null;
          if (!r.ok) throw failed("GET", r);
          if (type === "stream") return r.body ?? new Response("").body;
          if (type === "text") return r.text();
          if (type === "arrayBuffer") return r.arrayBuffer();
          if (type === "json") return r.json();
          throw new TypeError('Unknown response type. Possible types are "text", "arrayBuffer", "json", and "stream".');
        })();
      },
    }.get;
    fetcherMethods.put = {
      put(...args) {
        const self = this;
        bindingId(self);
        return (async () => {
          const url = legacyUrl("put", args);
          const options = args[2];
          if (options !== undefined && options !== null) {
            if (options.expiration !== undefined) url.searchParams.append("expiration", String(options.expiration));
            if (options.expirationTtl !== undefined) url.searchParams.append("expiration_ttl", String(options.expirationTtl));
          }
          const r = await send(self, url, { method: "PUT", body: args[1] === null ? "null" : args[1] });
          if (r.status < 200 || r.status >= 300) throw failed("PUT", r);
          return undefined;
        })();
      },
    }.put;
    fetcherMethods.delete = {
      delete(...args) {
        const self = this;
        bindingId(self);
        return (async () => {
          const url = legacyUrl("delete", args);
          const r = await send(self, url, { method: "DELETE" });
          if (r.status < 200 || r.status >= 300) throw failed("DELETE", r);
          return undefined;
        })();
      },
    }.delete;
  }
  const Fetcher = apiClass("Fetcher", ObjectProto, fetcherMethods);

  // A service binding received over RPC belongs to the invocation that received it (checked on
  // workerd): used by another, its calls fail.
  const adoptedScopes = new Map();
  function foreignBinding(id) {
    if (adoptedScopes.size === 0) return null; // the usual case: no binding was received over RPC
    const scope = adoptedScopes.get(id);
    if (scope === undefined || scope === 0) return null;
    const current = host.scopeId();
    return current !== 0 && current !== scope ? otherRequestError("SubrequestChannel") : null;
  }
  const LoopbackServiceStub = apiClass("LoopbackServiceStub", Fetcher.prototype, {}, true);
  // ctx.exports of a Durable Object class: only its shape (Bindery has no Durable Objects yet).
  const LoopbackDurableObjectClass = apiClass("LoopbackDurableObjectClass", Function.prototype, {}, true);
  function loopbackClass() {
    const f = () => { throw new Error("Durable Objects are not supported by Bindery yet."); };
    delete f.length;
    delete f.name;
    return Object.setPrototypeOf(f, LoopbackDurableObjectClass.prototype);
  }

  // ctx.exports.Name: a callable binding; Name({ props }) gives a Fetcher whose calls see those props
  // (a structured clone of them) as ctx.props (checked on workerd).
  function loopbackTarget(name) {
    const f = (...args) => {
      const options = args[0];
      if (options === null || typeof options !== "object") {
        throw new TypeError("Failed to execute '(called as function)' on 'LoopbackServiceStub': parameter 1 is not of type 'Options'.");
      }
      const props = options.props;
      if (props !== undefined && (props === null || typeof props !== "object")) {
        throw new TypeError("Incorrect type for the 'props' field on 'Options': the provided value is not of type 'JsObject'.");
      }
      const json = props === undefined ? "{}" : nativeStringify(deserialize(serialize(props, undefined, true)));
      return makeBinding(host.loopback(name, json), name, false);
    };
    delete f.length;
    delete f.name;
    return Object.setPrototypeOf(f, LoopbackServiceStub.prototype);
  }

  function makeBinding(id, bindingName, loopback, proto = Fetcher.prototype) {
    const target = loopback ? loopbackTarget(bindingName) : Object.create(proto);
    const binding = new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === "symbol" || prop in t) return Reflect.get(t, prop, receiver);
        if (!flags.rpc || prop === "then" || prop.charCodeAt(0) <= 57 && isIndexName(prop)
          || prop === "toJSON" && stringifying > 0) return undefined;
        // makePath(id, [prop]), inline: its handler as a literal costs less than a constructor call.
        return new Proxy(constructibleTarget.bind(),
          { __proto__: BINDING_PATH, proto: PROPERTY_PROTO, assigned: false, id, path: [prop] });
      },
      has(t, prop) {
        if (typeof prop === "symbol" || prop in t) return prop in t;
        return flags.rpc && prop !== "then" && !isIndexName(prop);
      },
    });
    bindingIds.set(binding, id);
    bindingProxies.add(binding);
    return binding;
  }

  // request.fetcher of an incoming request: a Fetcher for the worker's way out to the internet,
  // the same object for every request (fetch() through it goes out as the global fetch() does; it
  // implements no RPC method). The primary's is a Fetcher; a fetch handler reached through a
  // binding sees a ServiceStub, which reads as [object Fetcher] (checked on workerd).
  const incomingFetchers = [undefined, undefined];
  let serviceStubProto;
  function incomingFetcher(kind) {
    let f = incomingFetchers[kind];
    if (f === undefined) {
      if (kind === 1 && serviceStubProto === undefined) {
        serviceStubProto = apiClass("ServiceStub", ObjectProto, { fetch: fetcherMethods.fetch, connect: fetcherMethods.connect }).prototype;
        if (flags.toStringTag) Object.defineProperty(serviceStubProto, Symbol.toStringTag, { value: "Fetcher", configurable: true });
      }
      f = incomingFetchers[kind] = makeBinding(host.outboundService(), "", false, kind === 1 ? serviceStubProto : Fetcher.prototype);
    }
    return f;
  }

  // A property of a binding or of a path below it: a JsRpcProperty (see rpcThenable).
  class BindingPath {
    constructor(id, path) { this.proto = PROPERTY_PROTO; this.assigned = false; this.id = id; this.path = path; }
    value() {
      const { id, path } = this;
      const foreign = foreignBinding(id);
      if (foreign !== null) return Promise.reject(foreign);
      return new Promise((resolve, reject) => host.rpc(id, ["__get__", ...path], serialize([]), resolve, reject));
    }
    call(args) { return this.apply(undefined, undefined, args); }
    // A call through the binding (this handler's apply trap; also what call(args) does).
    apply(t, thisArg, args) {
      const id = this.id;
      const path = this.path;
      const foreign = adoptedScopes.size === 0 ? null : foreignBinding(id); // no call: this path is hot
      if (foreign !== null) return rpcPromise(Promise.reject(foreign));
      let simple = true;
      for (let i = 0; i < args.length; i++) {
        const a = args[i];
        const t = typeof a;
        if (t === "object" ? a !== null : t === "function" || t === "symbol" || t === "bigint") { simple = false; break; }
      }
      if (simple) {
        const promise = new Promise((resolve, reject) => {
          host.rpcSimple(id, path, args, resolve, reject);
        });
        // rpcPromise(promise), inline: its handler as a literal costs less than a constructor call.
        return new Proxy(constructibleTarget.bind(),
          { __proto__: RESULT_PATH, proto: PROMISE_PROTO, assigned: false, base: promise, path: NO_PATH, ready: promise });
      }
      const collector = newCollector();
      let message;
      try {
        message = toHost(args, collector);
      } catch (e) {
        return rpcPromise(Promise.reject(e));
      }
      const promise = new Promise((resolve, reject) => {
        host.rpc(id, path, message, resolve, reject);
      });
      if (collector.forwarded.length) {
        promise.then(() => afterCall(collector), () => afterCall(collector));
      }
      return rpcPromise(promise);
    }
    prop(name) { return makePath(this.id, [...this.path, name]); }
  }
  withTraps(BindingPath);
  const BINDING_PATH = BindingPath.prototype;
  function makePath(id, path) {
    return rpcThenable(new BindingPath(id, path));
  }


  // ---- dispatch inside the callee --------------------------------------------------------------
  const RESERVED_ENTRYPOINT = new Set(["alarm", "webSocketMessage", "webSocketClose", "webSocketError", "dup",
    "constructor", "fetch", "connect"]);
  let exportsNs = null;
  let loopbacks = undefined;

  function notImplemented(name) {
    return new TypeError(`The RPC receiver does not implement the method "${name}".`);
  }

  const entrypointCache = new Map();
  function entrypoint(name) {
    let ep = entrypointCache.get(name);
    if (ep === undefined) {
      ep = resolveEntrypoint(name);
      entrypointCache.set(name, ep);
    }
    return ep;
  }
  function resolveEntrypoint(name) {
    const value = exportsNs[name];
    if (value === undefined) throw new Error(`internal error: no entrypoint ${name}`);
    if (typeof value === "function") {
      if (value.prototype instanceof WorkerEntrypoint) return { kind: "class", cls: value };
      return { kind: "other", cls: value };
    }
    return { kind: "object", obj: value };
  }

  // workerd's ids: 24 characters of base 32.
  function internalErrorId() {
    let id = "";
    for (let k = 0; k < 24; k++) id += "0123456789abcdefghijklmnopqrstuv"[Math.floor(Math.random() * 32)];
    return id;
  }
  function internalError() {
    const e = new Error(`internal error; reference = ${internalErrorId()}`);
    e[LOCAL] = true;
    return e;
  }
  const LOCAL = Symbol("local");

  function newCtx(props, waits) {
    return makeCtx(waits, props ?? {}, loopbacks);
  }

  function invokeMember(target, path, args, stopAt, isEntrypoint, env, ctx) {
    let holder = target;
    let value;
    for (let k = 0; k < path.length; k++) {
      const name = path[k];
      // Calls rooted at an entrypoint (class or object) refuse reserved names at every step of the
      // path; through a stub the same names are ordinary, except `dup`, reserved everywhere (a
      // pipelined or path call reaching an RpcTarget, function or plain object: checked on workerd).
      if (isEntrypoint === "class" || isEntrypoint === "object" ? RESERVED_ENTRYPOINT.has(name) : name === "dup") {
        throw new TypeError(`'${name}' is a reserved method and cannot be called over RPC.`);
      }
      if (k === 0 && (isEntrypoint === "class" || isEntrypoint === "target")) {
        value = classMember(holder, name);
      } else if (k === 0) {
        if (!hasOwn(holder, name)) throw notImplemented(name);
        value = holder[name];
      } else {
        // Deeper steps (checked on workerd): a plain object or a function offers its own properties,
        // an RpcTarget its prototype members; an array, Map, class instance or primitive cannot be
        // walked into, and the error then names the step that led to it.
        if (value === null || typeof value !== "object" && typeof value !== "function") throw notImplemented(path[k - 1]);
        holder = value;
        if (stubStates.has(value)) {
          value = value[name]; // a stub: the rest of the path goes to its owner
        } else if (typeof value === "function" || Object.getPrototypeOf(value) === ObjectProto) {
          if (!hasOwn(value, name)) throw notImplemented(name);
          value = value[name];
        } else if (value instanceof RpcTarget) {
          value = classMember(value, name);
        } else {
          throw notImplemented(path[k - 1]);
        }
      }
      if (k < path.length - 1) continue;
      if (args === GET) return value;
      if (typeof value !== "function") throw new TypeError(`"${path.join(".")}" is not a function.`);
      if (isEntrypoint === "object") {
        // A plain object's functions, also nested ones, named by their whole path (checked on workerd).
        const name = path.join(".");
        // The declared arity, read as workerd does (an integer from `length`, checked on workerd).
        const length = Number(value.length);
        const arity = length !== length ? 0 : Math.trunc(length);
        if (!(arity >= 0 && arity < 256)) throw new TypeError(`RPC function has unreasonable length attribute: ${arity}`);
        if (arity > 3) {
          throw new TypeError(`Cannot call handler function "${name}" over RPC because it has the wrong number of arguments. A simple function handler can only be called over RPC if it has exactly the arguments (arg, env, ctx), where only the first argument comes from the client. To support multi-argument RPC functions, use class-based syntax (extending WorkerEntrypoint) instead.`);
        }
        if (args.length !== 1) {
          throw new TypeError(`Attempted to call RPC function "${name}" with the wrong number of arguments. When calling a top-level handler function that is not declared as part of a class, you must always send exactly one argument. In order to support variable numbers of arguments, the server must use class-based syntax (extending WorkerEntrypoint) instead.`);
        }
        return value.call(holder, args[0], env, ctx);
      }
      return value.apply(holder, args);
    }
  }
  const GET = Symbol("get");
  // A member of a class instance (entrypoint or RpcTarget) as workerd looks it up (checked on
  // workerd): an own property is never reachable, even when it hides a prototype member; otherwise
  // the property is read (getters run, Proxies answer), and a value of undefined (getter returning
  // nothing, setter-only accessor) or Object.prototype's own member counts as not implemented.
  function classMember(holder, name) {
    if (hasOwn(holder, name)) throw notImplemented(name);
    const value = holder[name];
    if (value === undefined || hasOwn(ObjectProto, name) && value === ObjectProto[name]) throw notImplemented(name);
    return value;
  }

  // Runs one RPC call; `done(ok, tokens, waits)` reports the outcome to Java.
  // The result of a call as Java reads it: a primitive as itself (done's 4th argument true), the rest as tokens.
  const isRawResult = (v) => {
    const t = typeof v;
    return t === "object" ? v === null : t !== "function" && t !== "symbol" && t !== "bigint";
  };

  function callRpc(entryName, pathIn, argTokens, props, done) {
    const received = newCollector();
    let args;
    try {
      args = deserialize(argTokens, 0, received);
    } catch (e) {
      done(false, encodeThrown(e), []);
      return;
    }
    callRpcWith(entryName, pathIn, args, received, props, done);
  }
  // Arguments that were all primitives, passed straight from Java: no tokens to decode. A method
  // defined on the entrypoint class itself is called without the general member lookup.
  // Answers a primitive result itself (Java takes it as returned, one host call fewer than `done`);
  // otherwise ANSWERED_LATER, and `done` is or will be called.
  const ANSWERED_LATER = Object.freeze({});
  function callRpcDirect(entryName, pathIn, props, done, ...args) {
    const ep = entrypointCache.get(entryName);
    if (ep !== undefined && ep.kind === "class" && typeof pathIn === "string" && !RESERVED_ENTRYPOINT.has(pathIn)) {
      const d = Object.getOwnPropertyDescriptor(ep.cls.prototype, pathIn);
      if (d !== undefined && typeof d.value === "function") {
        const waits = [];
        let result;
        try {
          const inst = new ep.cls(new CtxObject(waits, props ?? {}, loopbacks), workerEnv); // makeCtx, inline
          result = Object.getPrototypeOf(inst) === ep.cls.prototype && !hasOwn(inst, pathIn) ? d.value.apply(inst, args)
            : invokeMember(inst, [pathIn], args, WorkerEntrypoint.prototype, "class", workerEnv, null);
        } catch (e) {
          done(false, encodeThrown(e), waits);
          return ANSWERED_LATER;
        }
        const type = typeof result; // isRawResult(result), inline: this path is hot
        if (type === "object" ? result === null : type !== "function" && type !== "symbol" && type !== "bigint") {
          return result;
        }
        finishCall(result, EMPTY_COLLECTOR, waits, done);
        return ANSWERED_LATER;
      }
    }
    callRpcWith(entryName, pathIn, args, EMPTY_COLLECTOR, props, done);
    return ANSWERED_LATER;
  }

  function callRpcWith(entryName, pathIn, args, received, props, done) {
    const waits = [];
    let result;
    try {
      const path = typeof pathIn === "string" ? [pathIn] : Array.from(pathIn);
      const isGet = path[0] === "__get__";
      if (isGet) path.shift();
      const ep = entrypointCache.get(entryName) ?? entrypoint(entryName);
      const ctx = newCtx(props, waits);
      if (ep.kind === "class") {
        const inst = new ep.cls(ctx, workerEnv);
        result = invokeMember(inst, path, isGet ? GET : args, WorkerEntrypoint.prototype, "class", workerEnv, ctx);
      } else if (ep.kind === "object") {
        result = invokeMember(ep.obj, path, isGet ? GET : args, null, "object", workerEnv, ctx);
      } else {
        throw internalError();
      }
    } catch (e) {
      disposeReceived(received);
      done(false, encodeThrown(e), waits);
      return;
    }
    finishCall(result, received, waits, done);
  }

  // Reports a call's result: a primitive at once (never a thenable), anything else once settled.
  function finishCall(result, received, waits, done) {
    const type = typeof result; // isRawResult(result), inline: this path is hot
    if (type === "object" ? result === null : type !== "function" && type !== "symbol" && type !== "bigint") {
      if (received !== EMPTY_COLLECTOR) disposeReceived(received);
      done(true, result, waits, true);
      return;
    }
    Promise.resolve(result).then((v) => {
      if (isRawResult(v)) { disposeReceived(received); done(true, v, waits, true); return; }
      let message;
      // Stubs received as arguments are disposed after the result is written: one passed back stays usable.
      try { message = toHost(v); } catch (e) { disposeReceived(received); done(false, encodeThrown(e), waits); return; }
      disposeReceived(received);
      done(true, message, waits);
    }, (e) => { disposeReceived(received); done(false, encodeThrown(e), waits); });
  }

  // Runs one fetch handler; `done(ok, responseOrTokens, waits)`.
  function callFetch(entryName, request, props, done) {
    const waits = [];
    let result;
    try {
      const ep = entrypointCache.get(entryName) ?? entrypoint(entryName);
      const ctx = newCtx(props, waits);
      if (ep.kind === "class") {
        const inst = new ep.cls(ctx, workerEnv);
        if (typeof inst.fetch !== "function") throw new Error("Handler does not export a fetch() function.");
        result = inst.fetch(request);
      } else if (ep.kind === "object") {
        if (typeof ep.obj.fetch !== "function") throw new Error("Handler does not export a fetch() function.");
        result = ep.obj.fetch(request, workerEnv, ctx);
      } else {
        throw internalError();
      }
    } catch (e) {
      done(false, encodeThrown(e), waits);
      return;
    }
    // What the handler gave, checked as workerd does (checked on workerd): a Response, or a promise
    // or thenable of one; an error Response or a used body is refused.
    const answer = (r) => {
      let problem = null;
      if (r.type === "error") problem = "Return value from serve handler must not be an error response (like Response.error())";
      else if (r.bodyUsed) problem = "Body has already been used. It can only be used once. Use tee() first if you need to read it twice.";
      if (problem !== null) done(false, encodeThrown(new TypeError(problem)), waits);
      else done(true, r, waits);
    };
    if (result instanceof ResponseClass) { // answered synchronously: no need to wait a microtask
      answer(result);
      return;
    }
    let thenable;
    try {
      thenable = result !== null && (typeof result === "object" || typeof result === "function")
        && typeof result.then === "function";
    } catch (e) {
      done(false, encodeThrown(e), waits);
      return;
    }
    if (!thenable && !host.isResponse(result)) {
      done(false, encodeThrown(new TypeError("Callback returned incorrect type; expected 'Promise'")), waits);
      return;
    }
    Promise.resolve(result).then((r) => {
      if (!(r instanceof ResponseClass) && !host.isResponse(r)) {
        done(false, encodeThrown(new TypeError("Incorrect type for Promise: the Promise did not resolve to 'Response'.")), waits);
        return;
      }
      answer(r);
    }, (e) => done(false, encodeThrown(e), waits));
  }

  function settleAll(waits, then) {
    Promise.allSettled(waits).then(() => then());
  }

  // structuredClone within a worker: the same rules, minus what only crosses between workers.
  Object.defineProperty(G, "structuredClone", {
    value: function structuredClone(value, options = undefined) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'JsValue'.");
      }
      // options.transfer: ArrayBuffers the copy takes over, detached in the original (checked on workerd).
      const transfer = [];
      if (options !== undefined && options !== null) {
        if (typeof options !== "object" && typeof options !== "function") {
          throw new TypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 2 is not of type 'StructuredCloneOptions'.");
        }
        const list = options.transfer;
        if (list !== undefined) {
          for (const t of list) {
            if (t === null || typeof t !== "object" || !BRANDS.ArrayBuffer(t)) throw new TypeError("Object is not transferable");
            if (!transfer.includes(t)) transfer.push(t);
          }
        }
      }
      const copy = deserialize(serialize(value, undefined, true));
      for (const t of transfer) if (!detachedOf.call(t)) ArrayBuffer.prototype.transfer.call(t);
      return copy;
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(G.structuredClone, "length", { value: 0 }); // as JSG's functions

  const cf = { WorkerEntrypoint: apiClasses.get(WorkerEntrypoint), RpcTarget: apiClasses.get(RpcTarget),
    DurableObject: apiClasses.get(DurableObject), WorkflowEntrypoint: apiClasses.get(WorkflowEntrypoint),
    RpcStub, RpcPromise, RpcProperty,
    // workerd's cloudflare:workers `env`: a Proxy forwarding to the worker's env, not the env itself
    // (checked on workerd: not === this.env, same keys, mutations shared).
    env: new Proxy({}, {
      get: (_, p) => Reflect.get(workerEnv, p),
      set: (_, p, v) => Reflect.set(workerEnv, p, v),
      has: (_, p) => Reflect.has(workerEnv, p),
      ownKeys: () => Reflect.ownKeys(workerEnv),
      deleteProperty: (_, p) => Reflect.deleteProperty(workerEnv, p),
      defineProperty: (_, p, d) => Reflect.defineProperty(workerEnv, p, d),
      getOwnPropertyDescriptor: (_, p) => Reflect.getOwnPropertyDescriptor(workerEnv, p),
    }),
    // Importing cloudflare:workers renames the stub classes for the whole worker (checked on workerd):
    // JsRpcProperty becomes RpcProperty, also in clone errors.
    useModuleNames() {
      for (const ctor of [RpcStub, RpcPromise, RpcProperty]) {
        Object.defineProperty(ctor, "name", { value: rpcTags.get(ctor.prototype).slice(2), configurable: true });
      }
    },
  };
  Object.defineProperty(G, "__bindery_cf", { value: cf, configurable: true, enumerable: false, writable: false });

  return {
    setEnv(vars, bindings) {
      for (const k of Object.keys(vars)) workerEnv[k] = vars[k];
      for (const k of Object.keys(bindings)) workerEnv[k] = makeBinding(bindings[k], k);
    },
    setExports(ns) {
      exportsNs = ns;
      if (flags.ctxExports) {
        // workerd's order (checked on workerd): default, then objects, WorkerEntrypoint classes and
        // other classes (Durable Object classes), each group by name.
        loopbacks = {};
        const groups = [[], [], [], []];
        for (const name of Object.keys(ns).sort()) {
          const v = ns[name];
          if (name === "default") groups[0].push(name);
          else if (typeof v !== "function") groups[1].push(name);
          else if (v.prototype instanceof WorkerEntrypoint) groups[2].push(name);
          else groups[3].push(name);
        }
        for (const name of [].concat(...groups)) {
          const v = ns[name];
          loopbacks[name] = typeof v === "function" && !(v.prototype instanceof WorkerEntrypoint)
            ? loopbackClass() : makeBinding(host.loopback(name), name, true);
        }
      }
    },
    // `arguments` is a GraalJS global that V8 does not have.
    hideInternals() { delete G.__bindery_cf; delete G.arguments; },
    // fetch() of a data: URL through a binding never reaches the bound worker: it answers locally.
    fetchData(url, method, resolve, reject) {
      globalFetch(url, { method }).then(resolve, reject);
    },
    // Where a redirect's Location leads from `base`: null when it is no URL with a host (checked on workerd).
    resolveLocation(base, location) {
      try {
        const url = new URLClass(location, base);
        return url.host === "" ? null : url.href;
      } catch (_) {
        return null;
      }
    },
    // workerd refuses to start a worker with an export that is neither a function nor an object
    // usable as a handler (checked on workerd); the first such export by name is reported.
    exportProblem(ns) {
      for (const name of Object.keys(ns)) {
        const v = ns[name];
        if (v === null || v === undefined) {
          return new TypeError("Cannot initialize N7workerd3api15ExportedHandlerE with required members from an undefined or null value.");
        }
        if (typeof v !== "function" && typeof v !== "object") {
          return new TypeError(`Incorrect type for map entry '${name}': the provided value is not of type 'function or ExportedHandler'.`);
        }
        let p = v;
        while (p !== null && p !== ObjectProto) p = Object.getPrototypeOf(p);
        if (p === null) return new Error("Exported value's prototype chain does not end in Object.");
      }
      return null;
    },
    // Every export is an entrypoint a binding may name (checked on workerd): a WorkerEntrypoint
    // class, an object (its own members), or another class, which workerd takes for a Durable Object.
    entrypointKinds(ns) {
      const out = {};
      for (const name of Object.keys(ns)) {
        const v = ns[name];
        if (typeof v === "function") out[name] = v.prototype instanceof WorkerEntrypoint ? "class" : "other";
        else if (v !== null && typeof v === "object") out[name] = "object";
      }
      return out;
    },
    callRpc, callRpcDirect, callFetch, callExported, releaseExported, settleAll, serialize, deserialize,
    walkSession, walkConfirm, walkTooDeep, walkCosts, forgetExported: (localId) => { exported.delete(localId); }, bigintValue: 0n, objectConstructor: Object, arrayConstructor: Array,
    undefinedValue: undefined,
    decodeThrown, encodeThrown, localError,
    // A value as it comes back from crossing workerd's C++ (the Web platform's scheduler.wait).
    crossedError: (v) => localError(encodeThrown(v)),
    // For the Web platform's Request: what a `fetcher` may be, and the one an incoming request has.
    isFetcher: (v) => bindingIds.has(v),
    isIncomingFetcher: (v) => v === incomingFetchers[0] || v === incomingFetchers[1],
    incomingFetcher,
    parseJson: (s) => JSON.parse(s),
    newArrayBuffer: (n) => new ArrayBuffer(n),
    tokenArray: (...tokens) => tokens,
    // How Java settles a call's promise: no callbacks are made per call for it. A result is read
    // when it arrives; one that cannot be read (too deep, shared memory) rejects the call.
    settleReturned(resolve, reject, tokens) {
      let value;
      try { value = receiveResult(tokens); } catch (e) { reject(e); return; }
      resolve(value);
    },
    settleThrown(resolve, tokens) { rejectThrown(resolve, tokens); },
    settleLocal(reject, tokens) { reject(localError(tokens)); },
    // A message of plain data: the engine's native JSON.parse builds it far faster than the decoder.
    plainValue: (json) => [28, JSON.parse(json)],
  };
})
