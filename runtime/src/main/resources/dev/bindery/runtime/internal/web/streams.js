// Bindery Web platform, part 4: ReadableStream, WritableStream, TransformStream (enough for bodies).
(function installStreams(host, priv) {
  "use strict";
  const g = globalThis;
  const LOCKED = "The ReadableStream has been locked to a reader.";
  priv.LOCKED = LOCKED;
  const resolved = Promise.resolve();
  const deferred = () => { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };

  class ReadableStreamDefaultController {
    #s;
    constructor(token) { if (token !== priv) throw new TypeError("Illegal constructor"); }
    get desiredSize() { return priv.rsDesired(this.#s); }
    get byobRequest() { return null; }
    enqueue(chunk) { priv.rsEnqueue(this.#s, chunk); }
    close() { priv.rsClose(this.#s); }
    error(e) { priv.rsError(this.#s, e); }
    static { priv.rsController = (s) => { const c = new ReadableStreamDefaultController(priv); c.#s = s; return c; }; }
  }

  class ReadableStream {
    #st;
    constructor(source = {}, strategy = {}) {
      if (source === null) source = {};
      const type = source.type === undefined ? undefined : String(source.type);
      if (type !== undefined && type !== "bytes") throw new RangeError(`Invalid type: ${type}`);
      const st = this.#st = {
        stream: this, state: "readable", queue: [], queueSize: 0, reader: null, error: undefined, disturbed: false,
        source, started: false, pulling: false, pullAgain: false, closeRequested: false,
        hwm: strategy.highWaterMark === undefined ? (type === "bytes" ? 0 : 1) : Number(strategy.highWaterMark),
        size: typeof strategy.size === "function" ? strategy.size : type === "bytes" ? (c) => c.byteLength : () => 1,
      };
      st.controller = priv.rsController(st);
      let r;
      try { r = typeof source.start === "function" ? source.start.call(source, st.controller) : undefined; }
      catch (e) { priv.rsError(st, e); return; }
      Promise.resolve(r).then(() => { st.started = true; pullIfNeeded(st); }, (e) => priv.rsError(st, e));
    }
    get locked() { return this.#st.reader !== null; }
    cancel(reason) {
      if (this.#st.reader) return Promise.reject(new TypeError("This ReadableStream is currently locked to a reader."));
      return cancel(this.#st, reason);
    }
    getReader(options) {
      if (options?.mode !== undefined && options.mode !== "byob") throw new TypeError(`Invalid mode: ${options.mode}`);
      if (this.#st.reader) throw new TypeError("This ReadableStream is currently locked to a reader.");
      return priv.newReader(this.#st, options?.mode === "byob");
    }
    tee() {
      const reader = this.getReader();
      let reading = false, canceled = 0;
      const branches = [];
      const pull = () => {
        if (reading) return resolved;
        reading = true;
        return reader.read().then(({ value, done }) => {
          reading = false;
          for (const b of branches) {
            const s = b.#st;
            if (s.state !== "readable" || s.closeRequested) continue;
            if (done) priv.rsClose(s); else priv.rsEnqueue(s, value);
          }
        }, (e) => { for (const b of branches) priv.rsError(b.#st, e); });
      };
      const cancelBranch = () => { if (++canceled === 2) reader.cancel(); };
      for (let i = 0; i < 2; i++) branches.push(new ReadableStream({ pull, cancel: cancelBranch }, { highWaterMark: 0 }));
      return branches;
    }
    async pipeTo(dest, options = {}) {
      if (this.locked) throw new TypeError(LOCKED);
      const reader = this.getReader();
      const writer = dest.getWriter();
      try {
        for (;;) {
          if (options.signal?.aborted) throw options.signal.reason;
          const { value, done } = await reader.read();
          if (done) break;
          await writer.write(value);
        }
        if (!options.preventClose) await writer.close();
      } catch (e) {
        if (!options.preventAbort) await writer.abort(e).catch(() => {});
        if (!options.preventCancel) await reader.cancel(e).catch(() => {});
        throw e;
      } finally {
        reader.releaseLock();
        writer.releaseLock();
      }
    }
    pipeThrough(pair, options) {
      const p = this.pipeTo(pair.writable, options);
      p.catch(() => {});
      return pair.readable;
    }
    values(options) {
      const reader = this.getReader();
      const preventCancel = !!options?.preventCancel;
      return {
        next() { return reader.read().then((r) => { if (r.done) reader.releaseLock(); return r; }); },
        return(value) {
          const p = preventCancel ? resolved : reader.cancel(value);
          return p.then(() => { reader.releaseLock(); return { value, done: true }; });
        },
        [Symbol.asyncIterator]() { return this; },
      };
    }
    [Symbol.asyncIterator](options) { return this.values(options); }
    static from(iterable) {
      const it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
      return new ReadableStream({
        async pull(c) { const { value, done } = await it.next(); if (done) c.close(); else c.enqueue(value); },
        async cancel(r) { await it.return?.(r); },
      }, { highWaterMark: 0 });
    }
    static { priv.rsState = (s) => s.#st; }
  }

  function pullIfNeeded(st) {
    if (!st.started || st.closeRequested || st.state !== "readable") return;
    const wanted = (st.reader && st.reader.requests.length > 0) || priv.rsDesired(st) > 0;
    if (!wanted) return;
    if (st.pulling) { st.pullAgain = true; return; }
    if (typeof st.source.pull !== "function") return;
    st.pulling = true;
    let r;
    try { r = st.source.pull.call(st.source, st.controller); } catch (e) { priv.rsError(st, e); return; }
    Promise.resolve(r).then(() => {
      st.pulling = false;
      if (st.pullAgain) { st.pullAgain = false; pullIfNeeded(st); }
    }, (e) => priv.rsError(st, e));
  }
  priv.rsDesired = (st) => (st.state === "errored" ? null : st.state === "closed" ? 0 : st.hwm - st.queueSize);
  priv.rsEnqueue = (st, chunk) => {
    if (st.closeRequested || st.state !== "readable") throw new TypeError("This ReadableStream is closed.");
    const req = st.reader?.requests.shift();
    if (req) req.resolve({ value: chunk, done: false });
    else {
      let size;
      try { size = Number(st.size(chunk)); } catch (e) { priv.rsError(st, e); throw e; }
      st.queue.push([chunk, size]);
      st.queueSize += size;
    }
    pullIfNeeded(st);
  };
  const finishClose = (st) => {
    st.state = "closed";
    if (st.reader) {
      // A read at the end gives { done: true }, without a value key (checked on workerd).
      for (const r of st.reader.requests.splice(0)) r.resolve({ done: true });
      st.reader.closed.resolve();
    }
  };
  priv.rsClose = (st) => {
    if (st.closeRequested || st.state !== "readable") throw new TypeError("This ReadableStream is closed.");
    st.closeRequested = true;
    if (st.queue.length === 0) finishClose(st);
  };
  priv.rsError = (st, e) => {
    if (st.state !== "readable") return;
    st.state = "errored";
    st.error = e;
    st.queue = [];
    st.queueSize = 0;
    if (st.reader) {
      for (const r of st.reader.requests.splice(0)) r.reject(e);
      st.reader.closed.reject(e);
      st.reader.closed.promise.catch(() => {});
    }
  };
  function cancel(st, reason) {
    st.disturbed = true;
    if (st.state === "closed") return Promise.resolve();
    if (st.state === "errored") return Promise.reject(st.error);
    st.queue = [];
    st.queueSize = 0;
    finishClose(st);
    let r;
    try { r = typeof st.source.cancel === "function" ? st.source.cancel.call(st.source, reason) : undefined; }
    catch (e) { return Promise.reject(e); }
    return Promise.resolve(r).then(() => undefined);
  }
  function read(st) {
    st.disturbed = true;
    if (st.queue.length > 0) {
      const [chunk, size] = st.queue.shift();
      st.queueSize -= size;
      if (st.closeRequested && st.queue.length === 0) finishClose(st);
      else pullIfNeeded(st);
      return Promise.resolve({ value: chunk, done: false });
    }
    if (st.state === "closed") return Promise.resolve({ done: true });
    if (st.state === "errored") return Promise.reject(st.error);
    const d = deferred();
    st.reader.requests.push(d);
    pullIfNeeded(st);
    return d.promise;
  }

  class ReadableStreamDefaultReader {
    #st = null;
    constructor(stream) {
      if (stream !== priv) return stream.getReader();
    }
    get closed() { return this.#st ? this.#st.reader.closed.promise : Promise.reject(new TypeError("This reader has been released.")); }
    read(view) {
      if (!this.#st) return Promise.reject(new TypeError("This ReadableStream reader has been released."));
      if (this.byob) {
        if (!ArrayBuffer.isView(view)) return Promise.reject(new TypeError("You must call read() on a \"byob\" reader with a positive-sized TypedArray object."));
        return read(this.#st).then((r) => {
          if (r.done) return { value: new view.constructor(view.buffer, view.byteOffset, 0), done: true };
          const src = r.value instanceof ArrayBuffer ? new Uint8Array(r.value) : new Uint8Array(r.value.buffer, r.value.byteOffset, r.value.byteLength);
          const dst = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
          const n = Math.min(src.length, dst.length);
          dst.set(src.subarray(0, n));
          if (n < src.length) this.#st.queue.unshift([src.slice(n), src.length - n]);
          return { value: new Uint8Array(view.buffer, view.byteOffset, n), done: false };
        });
      }
      return read(this.#st);
    }
    cancel(reason) {
      if (!this.#st) return Promise.reject(new TypeError("This ReadableStream reader has been released."));
      return cancel(this.#st, reason);
    }
    releaseLock() {
      const st = this.#st;
      if (!st) return;
      const err = new TypeError("This ReadableStream reader has been released.");
      for (const r of st.reader.requests.splice(0)) r.reject(err);
      if (st.state === "readable") { st.reader.closed.reject(err); st.reader.closed.promise.catch(() => {}); }
      st.reader = null;
      this.#st = null;
    }
    static {
      priv.newReader = (st, byob) => {
        const r = new ReadableStreamDefaultReader(priv);
        r.#st = st;
        if (byob) Object.defineProperty(r, "byob", { value: true });
        st.reader = { requests: [], closed: deferred() };
        if (st.state === "closed") st.reader.closed.resolve();
        else if (st.state === "errored") { st.reader.closed.reject(st.error); st.reader.closed.promise.catch(() => {}); }
        return r;
      };
    }
  }

  // ---- WritableStream ----
  class WritableStream {
    #w;
    constructor(sink = {}, strategy = {}) {
      if (sink === null) sink = {};
      const w = this.#w = { sink, state: "writable", error: undefined, writer: null, chain: null, closed: deferred(), hwm: strategy.highWaterMark ?? 1, pending: 0 };
      w.closed.promise.catch(() => {});
      const controller = w.controller = new WritableStreamDefaultController(priv);
      priv.wsSet(controller, w);
      let r;
      try { r = typeof sink.start === "function" ? sink.start.call(sink, controller) : undefined; } catch (e) { w.state = "errored"; w.error = e; }
      w.chain = Promise.resolve(r).catch((e) => wsError(w, e));
    }
    get locked() { return this.#w.writer !== null; }
    abort(reason) { if (this.#w.writer) return Promise.reject(new TypeError("This WritableStream is currently locked to a writer.")); return wsAbort(this.#w, reason); }
    close() { if (this.#w.writer) return Promise.reject(new TypeError("This WritableStream is currently locked to a writer.")); return wsClose(this.#w); }
    static {
      priv.byteWritable = (sink) => { const ws = new WritableStream(sink); ws.#w.byteOnly = true; return ws; };
      // Settles once every write and close queued on the stream has been handled.
      priv.writableIdle = (ws) => { const w = ws.#w; const idle = () => { const c = w.chain; return c.then(() => (w.chain === c ? undefined : idle())); }; return idle(); };
    }
    getWriter() {
      if (this.#w.writer) throw new TypeError("This WritableStream is currently locked to a writer.");
      const wr = new WritableStreamDefaultWriter(priv);
      priv.wsSet(wr, this.#w);
      this.#w.writer = wr;
      return wr;
    }
  }
  class WritableStreamDefaultController {
    #w;
    constructor(token) { if (token !== priv) throw new TypeError("Illegal constructor"); }
    error(e) { wsError(this.#w, e); }
    get signal() { return this.#w.abortSignal ??= priv.newSignal(); }
    static { priv.wsSet = (o, w) => { if (o instanceof WritableStreamDefaultController) o.#w = w; else priv.writerSet(o, w); }; }
  }
  function wsError(w, e) {
    if (w.state === "errored" || w.state === "closed") return;
    w.state = "errored";
    w.error = e;
    w.closed.reject(e);
  }
  function enqueueOp(w, op) {
    w.pending++;
    const p = w.chain.then(() => {
      if (w.state === "errored") throw w.error;
      return op();
    });
    w.chain = p.then(() => { w.pending--; }, (e) => { w.pending--; wsError(w, e); });
    return p;
  }
  const wsWrite = (w, chunk) => {
    if (w.state !== "writable") return Promise.reject(w.state === "errored" ? w.error : new TypeError("This WritableStream has been closed."));
    // A byte-only stream (one received over RPC) refuses other chunks without erroring (checked on workerd).
    if (w.byteOnly && !(chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk))) {
      return Promise.reject(new TypeError(typeof chunk === "string"
        ? "This TransformStream is being used as a byte stream, but received a string on its writable side. If you wish to write a string, you'll probably want to explicitly UTF-8-encode it with TextEncoder."
        : "This TransformStream is being used as a byte stream, but received an object of non-ArrayBuffer/ArrayBufferView type on its writable side."));
    }
    return enqueueOp(w, () => (typeof w.sink.write === "function" ? w.sink.write.call(w.sink, chunk, w.controller) : undefined)).then(() => undefined);
  };
  const wsClose = (w) => {
    if (w.state !== "writable") return Promise.reject(w.state === "errored" ? w.error : new TypeError("This WritableStream has been closed."));
    w.state = "closing";
    return enqueueOp(w, () => (typeof w.sink.close === "function" ? w.sink.close.call(w.sink) : undefined)).then(() => {
      w.state = "closed";
      w.closed.resolve();
    });
  };
  const wsAbort = (w, reason) => {
    if (w.state === "closed" || w.state === "errored") return Promise.resolve();
    wsError(w, reason);
    if (w.abortSignal) priv.signalAbort(w.abortSignal, reason);
    let r;
    try { r = typeof w.sink.abort === "function" ? w.sink.abort.call(w.sink, reason) : undefined; } catch (e) { return Promise.reject(e); }
    return Promise.resolve(r).then(() => undefined);
  };
  class WritableStreamDefaultWriter {
    #w = null;
    constructor(stream) { if (stream !== priv) return stream.getWriter(); }
    get closed() { return this.#w ? this.#w.closed.promise : Promise.reject(new TypeError("This writer has been released.")); }
    get ready() { return Promise.resolve(); }
    get desiredSize() { return this.#w ? (this.#w.state === "errored" ? null : this.#w.hwm - this.#w.pending) : null; }
    write(chunk) { return this.#w ? wsWrite(this.#w, chunk) : Promise.reject(new TypeError("This writer has been released.")); }
    close() { return this.#w ? wsClose(this.#w) : Promise.reject(new TypeError("This writer has been released.")); }
    abort(reason) { return this.#w ? wsAbort(this.#w, reason) : Promise.reject(new TypeError("This writer has been released.")); }
    releaseLock() { if (this.#w) { this.#w.writer = null; this.#w = null; } }
    static { priv.writerSet = (o, w) => { o.#w = w; }; }
  }

  // ---- TransformStream ----
  class TransformStreamDefaultController {
    #rc; #terminate;
    constructor(token) { if (token !== priv) throw new TypeError("Illegal constructor"); }
    get desiredSize() { return this.#rc.desiredSize; }
    enqueue(chunk) { this.#rc.enqueue(chunk); }
    error(e) { this.#rc.error(e); }
    terminate() { this.#terminate(); }
    static { priv.tsController = (rc, terminate) => { const c = new TransformStreamDefaultController(priv); c.#rc = rc; c.#terminate = terminate; return c; }; }
  }
  class TransformStream {
    #readable; #writable;
    constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
      if (transformer === null) transformer = {};
      let rc, tc, writable;
      const terminate = () => { try { rc.close(); } catch { /* already closed */ } };
      const fail = (e) => { try { rc.error(e); } catch { /* already closed or errored */ } };
      this.#readable = new ReadableStream({
        start(c) { rc = c; tc = priv.tsController(c, terminate); },
        cancel(reason) { return writable.abort(reason).catch(() => {}); },
      }, readableStrategy);
      const t = transformer;
      this.#writable = writable = new WritableStream({
        start() { return typeof t.start === "function" ? t.start.call(t, tc) : undefined; },
        // A transformer that throws errors both sides, so a reader of the readable side sees it.
        async write(chunk) {
          try {
            await (typeof t.transform === "function" ? t.transform.call(t, chunk, tc) : tc.enqueue(chunk));
          } catch (e) { fail(e); throw e; }
        },
        async close() {
          try {
            if (typeof t.flush === "function") await t.flush.call(t, tc);
          } catch (e) { fail(e); throw e; }
          terminate();
        },
        abort(reason) { rc.error(reason); },
      }, writableStrategy);
    }
    get readable() { return this.#readable; }
    get writable() { return this.#writable; }
  }
  class IdentityTransformStream extends TransformStream { constructor() { super(); } }

  class ByteLengthQueuingStrategy {
    #hwm; constructor(init) { this.#hwm = init.highWaterMark; }
    get highWaterMark() { return this.#hwm; } get size() { return (c) => c.byteLength; }
  }
  class CountQueuingStrategy {
    #hwm; constructor(init) { this.#hwm = init.highWaterMark; }
    get highWaterMark() { return this.#hwm; } get size() { return () => 1; }
  }

  // ---- encoding streams: strings to UTF-8 bytes and back ----
  class TextEncoderStream {
    #stream;
    constructor() {
      const encoder = new TextEncoder();
      let pending = ""; // a high surrogate waiting for its pair in the next chunk
      this.#stream = new TransformStream({
        transform(chunk, controller) {
          let text = pending + String(chunk);
          pending = "";
          const last = text.charCodeAt(text.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) { pending = text[text.length - 1]; text = text.slice(0, -1); }
          if (text.length > 0) controller.enqueue(encoder.encode(text));
        },
        flush(controller) { if (pending) controller.enqueue(encoder.encode("\ufffd")); },
      });
    }
    get encoding() { return "utf-8"; }
    get readable() { return this.#stream.readable; }
    get writable() { return this.#stream.writable; }
  }
  class TextDecoderStream {
    #stream; #decoder;
    constructor(label = "utf-8", options = {}) {
      const decoder = new g.TextDecoder(label, options);
      this.#decoder = decoder;
      this.#stream = new TransformStream({
        transform(chunk, controller) {
          if (!(chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk))) {
            throw new TypeError("This TransformStream is being used as a byte stream, but received a value that is not a BufferSource.");
          }
          const text = decoder.decode(chunk, { stream: true });
          if (text.length > 0) controller.enqueue(text);
        },
        flush(controller) {
          const text = decoder.decode();
          if (text.length > 0) controller.enqueue(text);
        },
      });
    }
    get encoding() { return this.#decoder.encoding; }
    get fatal() { return this.#decoder.fatal; }
    get ignoreBOM() { return this.#decoder.ignoreBOM; }
    get readable() { return this.#stream.readable; }
    get writable() { return this.#stream.writable; }
  }

  for (const cls of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController, WritableStream,
    WritableStreamDefaultWriter, WritableStreamDefaultController, TransformStream, TransformStreamDefaultController,
    IdentityTransformStream, ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream, TextDecoderStream]) {
    priv.tag(cls, cls.name);
    priv.define(g, cls.name, cls);
  }

  // ---- helpers used by bodies ----
  // `consumed` (optional): called once the stream has been read to its end or cancelled.
  priv.streamOf = (bytes, consumed) => (consumed === undefined ? new ReadableStream({
    type: "bytes",
    start(c) { if (bytes.length > 0) c.enqueue(bytes); c.close(); },
  }) : new ReadableStream({
    type: "bytes",
    start(c) { if (bytes.length > 0) c.enqueue(bytes); },
    pull(c) { c.close(); consumed(); },
    cancel() { consumed(); },
  }));
  priv.isDisturbed = (s) => priv.rsState(s).disturbed;
  // `partial`: a failure resolves to { bytes read until then, error } instead of rejecting, and a
  // success to { bytes }; the stream then stays locked, as one an HTTP message has taken.
  priv.readAll = async (stream, partial = false) => {
    const reader = stream.getReader();
    const parts = [];
    let total = 0;
    const joined = () => {
      if (parts.length === 1) return parts[0].slice();
      const out = new Uint8Array(total);
      let off = 0;
      for (const p of parts) { out.set(p, off); off += p.length; }
      return out;
    };
    for (;;) {
      let value, done;
      try {
        ({ value, done } = await reader.read());
      } catch (e) {
        if (partial) return { bytes: joined(), error: e };
        throw e;
      }
      if (done) break;
      let bytes;
      if (value instanceof Uint8Array) bytes = value;
      else if (value instanceof ArrayBuffer) bytes = new Uint8Array(value);
      else if (ArrayBuffer.isView(value)) bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      else {
        reader.cancel().catch(() => {});
        const error = new TypeError("This ReadableStream did not return bytes.");
        if (partial) return { bytes: joined(), error };
        throw error;
      }
      parts.push(bytes);
      total += bytes.length;
    }
    if (partial) return { bytes: joined() };
    reader.releaseLock();
    return joined();
  };
});
