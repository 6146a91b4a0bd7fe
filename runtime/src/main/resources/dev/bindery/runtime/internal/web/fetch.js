// Bindery Web platform, part 5: Headers, Blob, File, FormData, Request, Response, fetch().
// Evaluates to an installer that returns the handles the Java side (WebInternals) uses.
(function installFetch(host, priv) {
  "use strict";
  const g = globalThis;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const utf8 = (s) => enc.encode(String(s));
  const nativeStringify = JSON.stringify;
  const copyBytes = (src) => { const b = priv.bufferSourceBytes(src); return b ? b.slice() : null; };

  // ---- Headers ----
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const normalizeValue = (v) => String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
  const checkName = (n) => { n = String(n); if (!TOKEN.test(n)) throw new TypeError(`Invalid header name.`); return n.toLowerCase(); };
  const checkValue = (v) => { v = normalizeValue(v); if (/[\0\r\n]/.test(v)) throw new TypeError(`Invalid header value.`); return v; };
  class Headers {
    #list = []; #immutable = false;
    constructor(init) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) { this.#list = init.#list.map((e) => e.slice()); return; }
      if (typeof init !== "object") throw priv.argError("constructor", "Headers", 1, "Headers or Sequence or object");
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const p = typeof pair === "string" ? null : [...pair];
          if (!p || p.length !== 2) throw new TypeError("To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.");
          this.append(p[0], p[1]);
        }
      } else {
        for (const k of Object.keys(init)) this.append(k, init[k]);
      }
    }
    #check() { if (this.#immutable) throw new TypeError("Can't modify immutable headers."); }
    append(name, value) { name = checkName(name); value = checkValue(value); this.#check(); this.#list.push([name, value]); }
    delete(name) { name = checkName(name); this.#check(); this.#list = this.#list.filter(([k]) => k !== name); }
    get(name) {
      name = checkName(name);
      const vals = this.#list.filter(([k]) => k === name).map(([, v]) => v);
      return vals.length === 0 ? null : vals.join(", ");
    }
    getAll(name) {
      name = checkName(name);
      if (name !== "set-cookie") throw new TypeError("getAll() can only be used with the header name \"Set-Cookie\".");
      return this.getSetCookie();
    }
    getSetCookie() { return this.#list.filter(([k]) => k === "set-cookie").map(([, v]) => v); }
    has(name) { name = checkName(name); return this.#list.some(([k]) => k === name); }
    set(name, value) {
      name = checkName(name); value = checkValue(value); this.#check();
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) this.#list.push([name, value]);
      else { this.#list[i] = [name, value]; this.#list = this.#list.filter(([k], j) => j <= i || k !== name); }
    }
    #sorted() {
      const names = [...new Set(this.#list.map(([k]) => k))].sort();
      const out = [];
      for (const n of names) {
        if (n === "set-cookie") for (const v of this.getSetCookie()) out.push([n, v]);
        else out.push([n, this.get(n)]);
      }
      return out;
    }
    forEach(cb, thisArg) { for (const [k, v] of this.#sorted()) cb.call(thisArg, v, k, this); }
    *entries() { yield* this.#sorted(); }
    *keys() { for (const [k] of this.#sorted()) yield k; }
    *values() { for (const [, v] of this.#sorted()) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    static {
      priv.headersList = (h) => h.#list;
      priv.freezeHeaders = (h) => { h.#immutable = true; return h; };
      priv.headersImmutable = (h) => h.#immutable;
      priv.headersFromFlat = (flat, immutable) => {
        const h = new Headers();
        for (let i = 0; i + 1 < flat.length; i += 2) h.#list.push([String(flat[i]).toLowerCase(), String(flat[i + 1])]);
        h.#immutable = immutable;
        return h;
      };
    }
  }

  // ---- Blob / File ----
  const normalizeType = (t) => { t = t === undefined ? "" : String(t); return /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : ""; };
  class Blob {
    #bytes; #type;
    constructor(parts = [], options = {}) {
      const chunks = [];
      if (parts !== undefined) {
        if (typeof parts !== "object" || parts === null || typeof parts[Symbol.iterator] !== "function") {
          throw priv.argError("constructor", "Blob", 1, "Array");
        }
        for (const p of parts) {
          if (p instanceof Blob) chunks.push(p.#bytes);
          else chunks.push(priv.bufferSourceBytes(p) ?? utf8(p));
        }
      }
      this.#bytes = concat(chunks);
      this.#type = normalizeType(options?.type);
    }
    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#bytes.length, type = "") {
      const n = this.#bytes.length;
      const clamp = (x) => (x < 0 ? Math.max(n + x, 0) : Math.min(x, n));
      const b = new Blob([], { type });
      b.#bytes = this.#bytes.slice(clamp(Math.trunc(start)), Math.max(clamp(Math.trunc(start)), clamp(Math.trunc(end))));
      return b;
    }
    text() { return Promise.resolve(dec.decode(this.#bytes)); }
    arrayBuffer() { return Promise.resolve(this.#bytes.slice().buffer); }
    bytes() { return Promise.resolve(this.#bytes.slice()); }
    stream() { return priv.streamOf(this.#bytes.slice()); }
    static { priv.blobBytes = (b) => b.#bytes; priv.blobOf = (bytes, type) => { const b = new Blob([], { type }); b.#bytes = bytes; return b; }; }
  }
  class File extends Blob {
    #name; #lastModified;
    constructor(bits, name, options = {}) {
      if (arguments.length < 2) throw priv.argError("constructor", "File", 2, "string");
      super(bits, options);
      this.#name = String(name);
      this.#lastModified = options?.lastModified === undefined ? Date.now() : Number(options.lastModified);
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
  }
  function concat(chunks) {
    if (chunks.length === 1) return chunks[0].slice();
    let n = 0;
    for (const c of chunks) n += c.length;
    const out = new Uint8Array(n);
    let off = 0;
    for (const c of chunks) { out.set(c, off); off += c.length; }
    return out;
  }

  // ---- FormData ----
  const toEntryValue = (value, filename) => {
    if (value instanceof Blob) {
      if (value instanceof File && filename === undefined) return value;
      return new File([value], filename === undefined ? "blob" : String(filename), { type: value.type });
    }
    return String(value);
  };
  class FormData {
    #list = [];
    constructor(form) { if (form !== undefined) throw new TypeError("FormData from an HTML form is not supported."); }
    append(name, value, filename) { this.#list.push([String(name), toEntryValue(value, filename)]); }
    delete(name) { name = String(name); this.#list = this.#list.filter(([k]) => k !== name); }
    get(name) { name = String(name); const e = this.#list.find(([k]) => k === name); return e ? e[1] : null; }
    getAll(name) { name = String(name); return this.#list.filter(([k]) => k === name).map(([, v]) => v); }
    has(name) { name = String(name); return this.#list.some(([k]) => k === name); }
    set(name, value, filename) {
      name = String(name); const entry = [name, toEntryValue(value, filename)];
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) this.#list.push(entry);
      else { this.#list[i] = entry; this.#list = this.#list.filter(([k], j) => j <= i || k !== name); }
    }
    forEach(cb, thisArg) { for (const [k, v] of this.#list.slice()) cb.call(thisArg, v, k, this); }
    *entries() { for (const [k, v] of this.#list.slice()) yield [k, v]; }
    *keys() { for (const [k] of this.#list.slice()) yield k; }
    *values() { for (const [, v] of this.#list.slice()) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    static { priv.formList = (f) => f.#list; }
  }
  const escapeName = (s) => s.replace(/\r\n|\r|\n/g, "\r\n").replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
  function encodeMultipart(form) {
    // workerd's boundary: 32 random hex digits.
    const boundary = Array.from(priv.randomBytes(16), (b) => b.toString(16).padStart(2, "0")).join("");
    const chunks = [];
    for (const [name, value] of priv.formList(form)) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (typeof value === "string") {
        chunks.push(utf8(head + "\r\n\r\n"), utf8(value.replace(/\r\n|\r|\n/g, "\r\n")), utf8("\r\n"));
      } else {
        head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
        chunks.push(utf8(head), priv.blobBytes(value), utf8("\r\n"));
      }
    }
    chunks.push(utf8(`--${boundary}--`)); // no CRLF after the close delimiter, as workerd
    return { bytes: concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
  }
  const latin1 = (bytes) => { let s = ""; for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); return s; };
  const fromLatin1 = (s) => { const b = new Uint8Array(s.length); for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i); return b; };
  function parseFormBody(bytes, contentType) {
    const ct = (contentType || "").toLowerCase();
    const form = new FormData();
    if (ct.startsWith("application/x-www-form-urlencoded")) {
      for (const [k, v] of priv.parseForm(dec.decode(bytes))) form.append(k, v);
      return form;
    }
    const m = /^multipart\/form-data\s*;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType || "");
    if (!m) throw new TypeError("Unrecognized Content-Type header value. FormData can only parse the following MIME types: multipart/form-data, application/x-www-form-urlencoded");
    const boundary = "--" + (m[1] ?? m[2].trim());
    const text = latin1(bytes);
    const parts = text.split(boundary);
    for (let i = 1; i < parts.length; i++) {
      let part = parts[i];
      if (part.startsWith("--")) break;
      part = part.replace(/^\r\n/, "").replace(/\r\n$/, "");
      const sep = part.indexOf("\r\n\r\n");
      if (sep < 0) throw new TypeError("FormData part is missing its headers.");
      const head = part.slice(0, sep), body = part.slice(sep + 4);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      if (name === undefined) throw new TypeError("FormData part is missing its name.");
      const filename = /filename="([^"]*)"/i.exec(head)?.[1];
      const type = /content-type:\s*([^\r\n]*)/i.exec(head)?.[1] ?? "";
      const decodedName = dec.decode(fromLatin1(name));
      if (filename === undefined) form.append(decodedName, dec.decode(fromLatin1(body)));
      else form.append(decodedName, new File([fromLatin1(body)], dec.decode(fromLatin1(filename)), { type }));
    }
    return form;
  }

  // ---- bodies ----
  // A body is { bytes, stream, used }: bytes when its content is known, a stream once one exists.
  function extractBody(init) {
    const ex = extractBodyOf(init);
    if (ex.body !== null && ex.body.bytes !== null) {
      const owned = ownedHere();
      if (owned !== null) ex.body.owned = owned;
    }
    return ex;
  }
  function extractBodyOf(init) {
    if (init === undefined || init === null) return { body: null, type: null };
    if (typeof init === "string") return { body: { bytes: utf8(init), stream: null, used: false }, type: "text/plain;charset=UTF-8" };
    if (init instanceof ReadableStream) {
      // A locked stream is taken (reading it fails later); a disturbed one is refused (checked on workerd).
      if (priv.isDisturbed(init)) throw new TypeError("This ReadableStream is disturbed (has already been read from), and cannot be used as a body.");
      return { body: { bytes: null, stream: init, used: false }, type: null };
    }
    const bytes = copyBytes(init);
    if (bytes) return { body: { bytes, stream: null, used: false }, type: null };
    if (init instanceof Blob) return { body: { bytes: priv.blobBytes(init), stream: null, used: false }, type: init.type || null };
    if (init instanceof URLSearchParams) return { body: { bytes: utf8(init.toString()), stream: null, used: false }, type: "application/x-www-form-urlencoded;charset=UTF-8" };
    if (init instanceof FormData) { const m = encodeMultipart(init); return { body: { bytes: m.bytes, stream: null, used: false }, type: m.type }; }
    return { body: { bytes: utf8(init), stream: null, used: false }, type: "text/plain;charset=UTF-8" };
  }
  // A body made from bytes (a string, a buffer, a form...; not a JS stream) belongs to the
  // invocation that made it, fetched it or received it: `owned()` answers 0 when the current one may
  // read it, 1 for another invocation (workerd's "Cannot perform I/O on behalf of a different
  // request"), 2 for an incoming request's body read after its response was sent (checked on workerd).
  const ioError = (code, pulled = false) => (code === 2
    ? new TypeError("Can't read from request stream after response has been sent.")
    : otherRequest(pulled ? "Canceler" : "ReadableStreamSource"));
  const ownedHere = () => {
    const owner = host.scopeId();
    return owner === 0 ? null : () => { const c = host.scopeId(); return c === 0 || c === owner ? 0 : 1; };
  };
  const otherRequest = (type) => new Error("Cannot perform I/O on behalf of a different request. I/O objects (such as "
    + "streams, request/response bodies, and others) created in the context of one request handler cannot be accessed "
    + "from a different request's handler. This is a limitation of Cloudflare Workers which allows us to improve overall "
    + `performance. (I/O type: ${type})`);
  const bodyStream = (b) => {
    if (b && !b.stream) {
      if (b.abortReason) {
        const reason = b.abortReason[0];
        b.stream = new ReadableStream({ start(c) { c.error(reason); } });
      } else if (b.owned) {
        const { bytes, owned } = b;
        const done = b.done;
        b.stream = new ReadableStream({
          type: "bytes",
          pull(c) {
            if (owned() === 1) { c.error(ioError(1)); return; } // a pipe of it may still run after the response
            if (bytes.length > 0) c.enqueue(bytes);
            c.close();
            if (done) done();
          },
          cancel() { if (done) done(); },
        });
      } else {
        b.stream = priv.streamOf(b.bytes, b.done ?? undefined);
      }
      b.done = null;
    }
    return b ? b.stream : null;
  };
  const bodyUsed = (b) => !!b && (b.stream ? priv.isDisturbed(b.stream) : b.used);
  const USED = "Body has already been used. It can only be used once. Use tee() first if you need to read it twice.";
  // consume() as a body method reads it: a body another invocation owns is refused first.
  function consumeOwned(b) {
    if (b && b.owned && !bodyUsed(b)) {
      const code = b.owned();
      if (code) return Promise.reject(ioError(code));
    }
    return consume(b);
  }
  function consume(b) {
    if (!b) return Promise.resolve(new Uint8Array(0));
    if (bodyUsed(b)) return Promise.reject(new TypeError(USED));
    if (b.stream) {
      // Reading a body whose stream someone locked (checked on workerd).
      if (b.stream.locked) return Promise.reject(new TypeError("This ReadableStream is currently locked to a reader."));
      return priv.readAll(b.stream);
    }
    if (b.abortReason) return Promise.reject(b.abortReason[0]);
    b.used = true;
    if (b.done) { const done = b.done; b.done = null; done(); }
    return Promise.resolve(b.bytes);
  }
  // Reads a body for sending elsewhere: null stays null; a used or locked body is refused.
  function takeBody(b) {
    if (!b) return Promise.resolve(null);
    if (bodyUsed(b) || (b.stream && b.stream.locked)) return Promise.reject(new TypeError(priv.LOCKED));
    return consume(b);
  }
  function cloneBody(b) {
    if (!b) return null;
    if (bodyUsed(b) || (b.stream && b.stream.locked)) throw new TypeError("Body has already been used. It can only be used once. Use tee() first if you need to read it twice.");
    if (!b.stream) return b.owned ? { bytes: b.bytes, stream: null, used: false, owned: b.owned } : { bytes: b.bytes, stream: null, used: false };
    const [x, y] = b.stream.tee();
    b.stream = x;
    return { bytes: null, stream: y, used: false };
  }
  const stripBom = (bytes) => dec.decode(bytes);
  function bodyMixin(cls, get) {
    Object.defineProperties(cls.prototype, Object.getOwnPropertyDescriptors({
      get body() { return bodyStream(get(this).body); },
      get bodyUsed() { return bodyUsed(get(this).body); },
      text() { return consumeOwned(get(this).body).then(stripBom); },
      json() { return consumeOwned(get(this).body).then((b) => JSON.parse(stripBom(b))); },
      arrayBuffer() { return consumeOwned(get(this).body).then((b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer)); },
      bytes() { return consumeOwned(get(this).body).then((b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : b.slice())); },
      blob() { const s = get(this); return consumeOwned(s.body).then((b) => priv.blobOf(b.slice(), s.headers.get("content-type") ?? "")); },
      formData() { const s = get(this); return consumeOwned(s.body).then((b) => parseFormBody(b, s.headers.get("content-type"))); },
    }));
  }

  // ---- Request ----
  // workerd's methods; CONNECT is refused (checked on workerd).
  const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PURGE", "COPY", "LOCK", "MKCOL",
    "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "ACL", "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY",
    "SUBSCRIBE", "UNSUBSCRIBE", "QUERY", "BAN"]);
  const REDIRECT_ERR = 'Invalid redirect value, must be one of "follow" or "manual" ("error" won\'t be implemented since it does not make sense at the edge; use "manual" and check the response status code).';
  let made = null; // state for a Request or Response made internally, bypassing validation
  const make = (cls, state) => { made = state; try { return new cls(); } finally { made = null; } };
  class Request {
    #s;
    constructor(input, init = undefined, where = undefined) {
      if (made) { this.#s = made; made = null; return; }
      const [op, iface] = where === priv ? init.where : ["constructor", "Request"];
      if (where === priv) init = init.init;
      if (input === undefined) throw priv.argError(op, iface, 1, "Request or string");
      if (init !== undefined && init !== null && typeof init !== "object") throw priv.argError(op, iface, 2, "RequestInitializerDict or Request");
      init = init ?? {};
      // An init that is a Request gives its method, headers, redirect, cf and body as it is (a
      // string body keeps its content-length; checked on workerd).
      let initFrom = null;
      if (init instanceof Request) {
        initFrom = init.#s;
        init = { method: initFrom.method, headers: initFrom.headers, redirect: initFrom.redirect, cf: initFrom.cf,
          fetcher: initFrom.fetcher ?? undefined };
      }
      const from = input instanceof Request ? input.#s : null;
      let url;
      if (from) url = from.url;
      else {
        const s = String(input);
        url = priv.parseUrl(s);
        if (url === null) throw new TypeError(`Invalid URL: ${s}`);
      }
      let method = from ? from.method : "GET";
      if (init.method !== undefined) {
        method = String(init.method).toUpperCase();
        if (!METHODS.has(method)) throw new TypeError(`Invalid HTTP method string: ${init.method}`);
      }
      let redirect = from ? from.redirect : "follow";
      if (init.redirect !== undefined) {
        // workerd compares case-insensitively ("Manual" is manual).
        redirect = String(init.redirect).toLowerCase();
        if (redirect !== "follow" && redirect !== "manual") throw new TypeError(REDIRECT_ERR);
      }
      const headers = new Headers(init.headers !== undefined ? init.headers : from ? from.headers : undefined);
      let body = null;
      if (init.body !== undefined && init.body !== null) {
        const ex = extractBody(init.body);
        body = ex.body;
        if (ex.type && !headers.has("content-type")) headers.append("content-type", ex.type);
      } else if (initFrom && initFrom.body) {
        if (bodyUsed(initFrom.body)) throw new TypeError("Cannot reconstruct a Request with a used body.");
        body = initFrom.body;
      } else if (from && from.body && init.body === undefined) {
        if (bodyUsed(from.body)) throw new TypeError("Cannot reconstruct a Request with a used body.");
        body = from.body;
        from.body = { bytes: new Uint8Array(0), stream: null, used: true };
      }
      if (body && (method === "GET" || method === "HEAD")) throw new TypeError("Request with a GET or HEAD method cannot have a body.");
      // The signal is made on first use: most requests never look at it.
      const signal = init.signal !== undefined ? init.signal : from ? from.signal : null;
      if (init.cf !== undefined && (init.cf === null || typeof init.cf !== "object")) {
        throw new TypeError("Incorrect type for the 'cf' field on 'RequestInitializerDict': the provided value is not of type 'Object'.");
      }
      const cf = init.cf !== undefined ? init.cf : from ? from.cf : undefined;
      // Only "no-store" is a supported cache mode; integrity checking does not exist (checked on workerd).
      let cache = from ? from.cache : undefined;
      if (init.cache !== undefined) {
        cache = String(init.cache);
        if (cache !== "no-store") throw new TypeError(`Unsupported cache mode: ${cache}`);
      }
      if (init.integrity !== undefined && String(init.integrity) !== "") {
        throw new TypeError("Subrequest integrity checking is not implemented. The integrity option must be either undefined or an empty string.");
      }
      // A Fetcher the request goes through: fetch() sends it there (checked on workerd).
      let fetcher = from ? from.fetcher : null;
      if (init.fetcher !== undefined) {
        if (init.fetcher !== null && !priv.isFetcher?.(init.fetcher)) {
          throw new TypeError("Incorrect type for the 'fetcher' field on 'RequestInitializerDict': the provided value is not of type 'Fetcher'.");
        }
        fetcher = init.fetcher;
      }
      this.#s = { url, method, headers, body, redirect, signal, cf, cache, fetcher };
    }
    get method() { return this.#s.method; }
    get url() { return this.#s.url; }
    get headers() { return this.#s.headers; }
    get redirect() { return this.#s.redirect; }
    // A signal made on first use is not one the request was given (only a given one stops RPC).
    get signal() { const s = this.#s; return s.signal ?? s.madeSignal ?? (s.madeSignal = priv.newSignal()); }
    get cf() { return this.#s.cf; }
    get fetcher() { return this.#s.fetcher ?? null; }
    get integrity() { return ""; }
    get keepalive() { return false; }
    get cache() { return this.#s.cache; }
    clone() {
      const s = this.#s;
      return make(Request, { ...s, headers: new Headers(s.headers), body: cloneBody(s.body), madeSignal: undefined });
    }
    static {
      priv.reqState = (r) => r.#s;
      priv.isRequest = (r) => typeof r === "object" && r !== null && #s in r;
      priv.makeRequest = (s) => make(Request, s);
    }
  }
  bodyMixin(Request, priv.reqState);

  // ---- Response ----
  const NULL_BODY = new Set([101, 204, 205, 304]);
  const REDIRECTS = new Set([301, 302, 303, 307, 308]);
  const REASONS = {
    100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints", 200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information",
    204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used",
    300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified", 305: "Use Proxy",
    307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request",
    401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone",
    411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large", 414: "URI Too Long",
    415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a teapot",
    421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required",
    429: "Too Many Requests", 431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
    505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected",
    510: "Not Extended", 511: "Network Authentication Required",
  };
  // Other codes get their class's name (checked on workerd).
  const reasonOf = (status) => REASONS[status] ?? ["", "", "Successful", "Redirection", "Client Error", "Server Error"][Math.floor(status / 100)] ?? "";
  class Response {
    #s;
    constructor(body = null, init = undefined) {
      if (made) { this.#s = made; made = null; return; }
      if (init !== undefined && init !== null && typeof init !== "object") throw priv.argError("constructor", "Response", 2, "InitializerDict or Response");
      init = init ?? {};
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) {
        if (status !== 101 || !init.webSocket) throw new RangeError("Responses may only be constructed with status codes in the range 200 to 599, inclusive.");
      }
      const statusText = init.statusText === undefined ? reasonOf(status) : String(init.statusText);
      const headers = new Headers(init.headers);
      const ex = extractBody(body);
      if (ex.body && NULL_BODY.has(status)) throw new TypeError("Response with null body status (101, 204, 205, or 304) cannot have a body.");
      if (ex.type && !headers.has("content-type")) headers.append("content-type", ex.type);
      this.#s = { status, statusText, headers, body: ex.body, url: "", redirected: false, type: "default", cf: init.cf, webSocket: init.webSocket ?? null,
        statusTextGiven: init.statusText !== undefined };
    }
    get status() { return this.#s.status; }
    get statusText() { return this.#s.statusText; }
    get ok() { return this.#s.status >= 200 && this.#s.status <= 299; }
    get headers() { return this.#s.headers; }
    get url() { return this.#s.url; }
    get redirected() { return this.#s.redirected; }
    get type() { return this.#s.type; }
    get cf() { return this.#s.cf; }
    get webSocket() { return this.#s.webSocket; }
    clone() {
      const s = this.#s;
      return make(Response, { ...s, headers: new Headers(s.headers), body: cloneBody(s.body) });
    }
    static json(data, init = undefined) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError("The data is not JSON serializable.");
      const headers = new Headers(init?.headers);
      if (!headers.has("content-type")) headers.set("content-type", "application/json");
      return new Response(text, { ...(init ?? {}), status: init?.status, statusText: init?.statusText, headers });
    }
    static redirect(url, status = 302) {
      const parsed = priv.parseUrl(String(url));
      if (parsed === null) throw new TypeError(`Unable to parse URL: ${url}`);
      status = Number(status);
      if (!REDIRECTS.has(status)) throw new RangeError(`${status} is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308.`);
      const r = new Response(null, { status, headers: { location: parsed } });
      priv.freezeHeaders(r.#s.headers);
      return r;
    }
    static error() {
      return make(Response, { status: 0, statusText: "", headers: priv.freezeHeaders(new Headers()), body: null, url: "", redirected: false, type: "error", webSocket: null });
    }
    static {
      priv.resState = (r) => r.#s;
      priv.isResponse = (r) => typeof r === "object" && r !== null && #s in r;
      priv.makeResponse = (s) => make(Response, s);
    }
  }
  bodyMixin(Response, priv.resState);

  for (const cls of [Headers, Blob, File, FormData, Request, Response]) {
    priv.tag(cls, cls.name);
    priv.define(g, cls.name, cls);
  }

  // ---- fetch ----
  const flatHeaders = (h) => priv.headersList(h).flat();
  // A request with cache "no-store" goes out asking no cache to answer it (checked on workerd).
  const noStoreHeaders = (h) => {
    const copy = new Headers(h);
    if (!copy.has("cache-control")) copy.set("cache-control", "no-cache");
    if (!copy.has("pragma")) copy.set("pragma", "no-cache");
    return flatHeaders(copy);
  };
  // fetch() of a data: URL answers locally (checked on workerd): its bytes for a GET, no bytes for
  // other methods, status 200, its media type as content-type and an empty response URL.
  function dataUrlResponse(url, method) {
    const comma = url.indexOf(",");
    if (comma < 0) throw new TypeError(`Fetch API cannot load: ${url}`);
    let type = url.slice(5, comma).trim();
    const base64 = /;\s*base64$/i.test(type);
    if (base64) type = type.replace(/;\s*base64$/i, "").trim();
    if (type === "") type = "text/plain;charset=US-ASCII";
    else if (type.startsWith(";")) type = "text/plain" + type;
    const payload = url.slice(comma + 1);
    const out = [];
    for (let i = 0; i < payload.length; i++) {
      const hex = payload[i] === "%" ? payload.slice(i + 1, i + 3) : "";
      if (/^[0-9a-fA-F]{2}$/.test(hex)) { out.push(parseInt(hex, 16)); i += 2; } else out.push(...utf8(payload[i]));
    }
    let bytes = new Uint8Array(out);
    if (base64) {
      const bin = g.atob(latin1(bytes).replace(/[\t\n\f\r ]/g, ""));
      bytes = fromLatin1(bin);
    }
    if (method !== "GET") bytes = new Uint8Array(0);
    const headers = priv.freezeHeaders(new Headers([["content-type", type]]));
    return make(Response, { status: 200, statusText: "OK", headers, body: { bytes, stream: null, used: false }, url: "", redirected: false, type: "default", webSocket: null });
  }
  priv.define(g, "fetch", function fetch(input, init) {
    return new Promise((resolve, reject) => {
      const req = new Request(input, { init, where: ["fetch", "ServiceWorkerGlobalScope"] }, priv);
      const s = priv.reqState(req);
      // A request given a Fetcher goes through it (an incoming request's own is the way out anyway).
      if (s.fetcher && !priv.isIncomingFetcher(s.fetcher)) { resolve(s.fetcher.fetch(req)); return; }
      const signal = s.signal;
      if (signal && signal.aborted) { reject(signal.reason); return; }
      if (s.url.startsWith("data:")) { resolve(dataUrlResponse(s.url, s.method)); return; }
      let settled = false;
      const onAbort = () => { if (!settled) { settled = true; reject(signal.reason); } };
      if (signal) signal.addEventListener("abort", onAbort, { once: true });
      takeBody(s.body).then((bytes) => {
        host.fetch(s.method, s.url, flatHeaders(s.headers), bytes, (error, response) => {
          if (signal) signal.removeEventListener("abort", onAbort);
          if (settled) return;
          settled = true;
          if (error !== null) reject(new TypeError(error));
          else { priv.resState(response).url = s.url; resolve(response); }
        });
      }, (e) => { settled = true; reject(e); });
    });
  });

  // The cf object a request carries on, as JSON: a numeric cacheTtl also sets cacheControl, and the
  // two together are refused (checked on workerd).
  function cfJson(cf) {
    if (cf === undefined || cf === null) return null;
    if (typeof cf.cacheTtl === "number") {
      if (cf.cacheControl !== undefined) {
        throw new TypeError("The 'cacheControl' and 'cacheTtl' options on cf are mutually exclusive. Use 'cacheControl' for explicit Cache-Control header directives, or 'cacheTtl' for a simplified TTL, but not both.");
      }
      cf = { ...cf, cacheControl: cf.cacheTtl < 0 ? "no-store" : `max-age=${cf.cacheTtl}` };
    }
    return nativeStringify(cf);
  }

  // A served response's stream body, for its receiver to pull (Java's ServiceTarget.BodySource): each
  // read(deliver) gives the stream's next chunk as deliver(0, bytes) (chunks keep their bounds, as
  // through workerd's pipe), deliver(1) at the end, or deliver(2, error) once it failed: with the
  // error it failed with, or, for a chunk that is not bytes, "This ReadableStream did not return
  // bytes." (checked on workerd).
  // The receiving side: a byte stream pulling from such a source; `finish` (or null) runs once it
  // has ended, failed or been cancelled.
  // `owned` (or null): whether the current invocation may read it (see bodyStream).
  // `hooks` (optional) gets release(): let the source go (the body was aborted).
  function pulledStream(source, finish, owned = null, hooks = null) {
    let over = false;
    let pulled = false;
    const end = () => { if (!over) { over = true; if (finish) finish(); } };
    if (hooks) hooks.release = () => { if (!over) source.cancel(); end(); };
    return new g.ReadableStream({
      type: "bytes",
      pull(c) {
        if (owned && owned() === 1) { c.error(ioError(1, pulled)); return undefined; }
        pulled = true;
        return new Promise((resolve) => source.read((kind, value) => {
          if (kind === 0) c.enqueue(value);
          else if (kind === 1) { c.close(); end(); } else { c.error(value); end(); }
          resolve();
        }));
      },
      cancel() { if (!over) source.cancel(); end(); },
    });
  }
  // `endOnFailure`: a failure ends the body where it got to (a request body, checked on workerd).
  const RPC_STREAM_BROKE = "ReadableStream received over RPC disconnected prematurely.";
  function servedBody(stream, endOnFailure = false) {
    const reader = stream.getReader();
    let failure = null;
    let ended = false;
    const asBytes = (v) => (v instanceof ArrayBuffer ? new Uint8Array(v)
      : ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : null);
    return {
      read(deliver) {
        if (failure) {
          if (endOnFailure || (failure[0] instanceof Error && failure[0].message === RPC_STREAM_BROKE)) deliver(1);
          else deliver(2, failure[0]);
          return;
        }
        if (ended) { deliver(1); return; }
        const step = () => reader.read().then((r) => {
          if (r.done) { ended = true; deliver(1); return; }
          const bytes = asBytes(r.value);
          if (bytes === null) {
            reader.cancel().catch(() => {});
            failure = [new TypeError("This ReadableStream did not return bytes.")];
            if (endOnFailure) deliver(1); else deliver(2, failure[0]);
            return;
          }
          if (bytes.length === 0) step(); else deliver(0, bytes);
        }, (e) => {
          failure = [e];
          // A stream received over RPC that disconnects ends an HTTP body cleanly, where it got
          // to (checked on workerd).
          if (endOnFailure || (e instanceof Error && e.message === RPC_STREAM_BROKE)) deliver(1); else deliver(2, e);
        });
        step();
      },
    };
  }

  // ---- JSG's function lengths ----
  // Every function workerd's API layer (JSG) exposes has length 0: the global functions, the API
  // classes, their methods and static methods, and the methods of API objects such as console,
  // crypto and scheduler (checked on workerd). ECMAScript's own classes keep theirs.
  {
    const ecmascript = new Set(["SuppressedError", "DisposableStack", "AsyncDisposableStack"]);
    const zero = (f) => {
      const d = Object.getOwnPropertyDescriptor(f, "length");
      if (d && d.configurable && d.value !== 0) Object.defineProperty(f, "length", { value: 0 });
    };
    const zeroMethods = (o) => {
      for (const key of Reflect.ownKeys(o)) {
        if (key === "constructor") continue;
        const d = Object.getOwnPropertyDescriptor(o, key);
        if (d && typeof d.value === "function") zero(d.value);
      }
    };
    for (const name of Object.getOwnPropertyNames(g)) {
      if (priv.engineGlobals.has(name) || ecmascript.has(name)) continue;
      const v = g[name];
      if (typeof v === "function") {
        zero(v);
        zeroMethods(v);
        if (v.prototype && typeof v.prototype === "object") zeroMethods(v.prototype);
      } else if (v !== null && typeof v === "object" && v !== g) {
        zeroMethods(v);
        const proto = Object.getPrototypeOf(v);
        if (proto !== null && proto !== Object.prototype) zeroMethods(proto);
      }
    }
  }

  // ---- handles for the Java side ----
  const nullBody = (status, bytes) => (NULL_BODY.has(status) ? null : { bytes, stream: null, used: false });
  return {
    // `source` (or null): the body is pulled from it (a body the caller is still streaming, see servedBody).
    // `owned` (or null): whether the current invocation may read the body (see bodyStream).
    // `fetcher` (or null): the request's `fetcher` (see WorkerInstance.incomingFetcher).
    newRequest(method, url, flat, bytes, cf = null, source = null, owned = null, fetcher = null) {
      let body = bytes === null || ((method === "GET" || method === "HEAD") && bytes.length === 0 && source === null) ? null : { bytes, stream: null, used: false };
      if (body !== null && source !== null) body = { bytes: null, stream: pulledStream(source, null, owned), used: false };
      if (body !== null && owned !== null) body.owned = owned;
      // An incoming request's redirect mode is "manual" (checked on workerd).
      return priv.makeRequest({ url, method, headers: priv.headersFromFlat(flat, true), body, redirect: "manual", signal: null, cf: cf === null ? undefined : JSON.parse(cf), fetcher });
    },
    // A response as a fetch() gets it: its final URL, whether redirects led there, no body for a HEAD;
    // `consumed` (or null): called once the body has been read to its end or cancelled.
    // `source` (or null): the body is pulled from it, chunk by chunk (a body another worker is still
    // streaming: see servedBody), and `consumed` runs once it has ended, failed or been cancelled.
    // `owned` (or null): whether the current invocation may read the body (see bodyStream).
    newResponse(status, statusText, flat, bytes, url = "", redirected = false, noBody = false, bodyError = undefined,
      consumed = null, source = null, owned = null) {
      let body = noBody ? null : nullBody(status, bytes);
      if (source !== null) {
        if (body === null) {
          source.cancel();
        } else {
          const hooks = {};
          body = { bytes: null, stream: pulledStream(source, consumed, owned, hooks), used: false, release: hooks.release };
          consumed = null;
        }
      } else if (body !== null && owned !== null && bodyError == null) {
        body.owned = owned;
      }
      if (body && bodyError != null) {
        // The bytes that came before the failure are read first.
        let first = bytes !== null && bytes.length > 0;
        body = { bytes: null, stream: new g.ReadableStream({ pull(c) { if (first) { first = false; c.enqueue(bytes); } else c.error(bodyError); } }), used: false };
      }
      if (consumed) {
        if (body === null) consumed();
        else body.done = consumed;
      }
      return priv.makeResponse({ status, statusText, headers: priv.headersFromFlat(flat, true), body, url, redirected, type: "default", webSocket: null,
        statusTextGiven: true });
    },
    // A fetch's signal aborted after its response arrived: the body's reads fail with the reason
    // from then on, whatever was already buffered (checked on workerd).
    abortBody(res, reason) {
      const b = priv.resState(res).body;
      if (!b || b.abortReason) return;
      b.abortReason = [reason];
      if (b.stream) {
        const st = priv.rsState(b.stream);
        if (st.state === "readable") priv.rsError(st, reason);
      }
      if (b.release) b.release(); // the callee's invocation is let go: it is cut off (checked on workerd)
      if (b.done) { const done = b.done; b.done = null; done(); }
    },
    // A WritableStream that takes only bytes, for one received over RPC.
    byteWritable(sink) { return priv.byteWritable(sink); },
    // A Headers' values apart, and its guard: an immutable one stays immutable over RPC (checked on workerd).
    headersList(h) { return priv.headersList(h); },
    headersImmutable(h) { return priv.headersImmutable(h); },
    freezeHeaders(h) { return priv.freezeHeaders(h); },
    // Whether a Response was given its status text (workerd sends only a given one over RPC).
    statusTextGiven(r) { return priv.resState(r).statusTextGiven === true; },
    writableIdle(ws) { return priv.writableIdle(ws); },
    // Whether a Request was given a signal (workerd cannot send one over RPC).
    requestHasSignal(r) { return priv.reqState(r).signal != null; },
    requestFrom(input, init, op, iface) {
      return new Request(input, { init, where: [op, iface] }, priv);
    },
    // The common `fetch("https://...")` with no init, without building a Request: the URL's href,
    // or null when the input needs the full constructor (and its errors).
    simpleRequestUrl(input, init) {
      if (typeof input !== "string" || (init !== undefined && init !== null)) return null;
      return priv.parseUrl(input);
    },
    // Reads a Request or Response: calls done(meta, bytes) or fail(error).
    // A response whose stream fails once being read still answers: done gets the error as a 4th argument.
    // `streaming`: a stream body is not read here; done gets a source to pull it from as a 5th argument.
    read(message, isRequest, done, fail, streaming = false) {
      const s = isRequest ? priv.reqState(message) : priv.resState(message);
      // A request also tells its redirect mode, whether its body came from a stream, and its cf as JSON.
      const meta = () => (isRequest ? [s.method, s.url, s.redirect, !!s.body && s.body.bytes === null, cfJson(s.cf)]
        : [s.status, s.statusText]);
      const readable = !isRequest && !!s.body && !bodyUsed(s.body) && !(s.body.stream && s.body.stream.locked);
      const headers = () => (isRequest && s.cache === "no-store" ? noStoreHeaders(s.headers) : flatHeaders(s.headers));
      // A stream body is pumped: a failure ends a request's body where it got to (the callee sees
      // it cut short, the caller nothing), and makes a response's body fail after the bytes that
      // came before it (checked on workerd).
      if (s.body && s.body.stream && !bodyUsed(s.body) && !s.body.stream.locked) {
        if (streaming) {
          let m;
          try { m = meta(); } catch (e) { fail(e); return; }
          done(m, headers(), isRequest ? new Uint8Array(0) : null, null, servedBody(s.body.stream, isRequest));
          return;
        }
        priv.readAll(s.body.stream, true).then(({ bytes, error }) => {
          let m;
          try { m = meta(); } catch (e) { fail(e); return; }
          if (isRequest || error === undefined) done(m, headers(), bytes);
          else done(m, flatHeaders(s.headers), bytes, error);
        }, fail);
        return;
      }
      let p;
      try { p = takeBody(s.body); } catch (e) { fail(e); return; }
      p.then((bytes) => {
        let m;
        try { m = meta(); } catch (e) { fail(e); return; }
        done(m, headers(), bytes);
      },
        (e) => (readable ? done(meta(), flatHeaders(s.headers), new Uint8Array(0), e) : fail(e)));
    },
    isRequest: (v) => priv.isRequest(v),
    isResponse: (v) => priv.isResponse(v),
    domException: (message, name) => priv.domError(message, name),
    fireTimer: (id) => priv.fireTimer(id),
    connectCore: (core) => {
      priv.crossedError = core.crossedError;
      priv.isFetcher = core.isFetcher;
      priv.isIncomingFetcher = core.isIncomingFetcher;
    },
    rethrow: (e) => { throw e; },
    copyIn: (buffer) => { const src = new Uint8Array(buffer); const out = new Uint8Array(src.length); out.set(src); return out; },
    alloc: (n) => new ArrayBuffer(n),
    view: (ab) => new Uint8Array(ab),
  };
});
