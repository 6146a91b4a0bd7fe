(function (log) {
  "use strict";
  class Headers {
    constructor(init) { this._l = []; if (init) for (const [k, v] of (Array.isArray(init) ? init : Object.entries(init instanceof Headers ? Object.fromEntries(init._l) : init))) this.append(k, v); }
    append(k, v) { this._l.push([String(k).toLowerCase(), String(v)]); }
    set(k, v) { k = String(k).toLowerCase(); this._l = this._l.filter((e) => e[0] !== k); this._l.push([k, String(v)]); }
    get(k) { k = String(k).toLowerCase(); const vs = this._l.filter((e) => e[0] === k).map((e) => e[1]); return vs.length ? vs.join(", ") : null; }
    has(k) { return this.get(k) !== null; }
    *entries() { yield* this._l; }
    [Symbol.iterator]() { return this.entries(); }
  }
  class Body {
    async text() { return this._body == null ? "" : String(this._body); }
    async json() { return JSON.parse(await this.text()); }
  }
  class Request extends Body {
    constructor(input, init = {}) {
      super();
      if (input instanceof Request) { this.url = input.url; this.method = input.method; this.headers = new Headers(input.headers); this._body = input._body; }
      else { this.url = String(input); this.method = "GET"; this.headers = new Headers(); this._body = null; }
      if (init.method) this.method = init.method.toUpperCase();
      if (init.headers) this.headers = new Headers(init.headers);
      if (init.body !== undefined) this._body = init.body;
    }
  }
  class Response extends Body {
    constructor(body = null, init = {}) { super(); this._body = body; this.status = init.status ?? 200; this.statusText = init.statusText ?? ""; this.headers = new Headers(init.headers); }
    get ok() { return this.status >= 200 && this.status < 300; }
    static json(v, init) { return new Response(JSON.stringify(v), init); }
  }
  class DOMException extends Error { constructor(m, n) { super(m); this.name = n || "Error"; } get code() { return this.name === "DataCloneError" ? 25 : 0; } }
  class URL { constructor(u) { const m = /^([a-z]+:)\/\/([^/?#]*)([^?#]*)(\?[^#]*)?/.exec(u); this.href = u; this.protocol = m[1]; this.host = m[2]; this.pathname = m[3] || "/"; this.search = m[4] || ""; this.searchParams = new Map(this.search.slice(1).split("&").filter(Boolean).map((p) => p.split("=").map(decodeURIComponent))); } toString() { return this.href; } }
  const fmt = (args) => args.map((a) => typeof a === "string" ? a : (() => { try { return JSON.stringify(a); } catch (_) { return String(a); } })()).join(" ");
  globalThis.console = { log: (...a) => log("log", fmt(a)), info: (...a) => log("info", fmt(a)), warn: (...a) => log("warn", fmt(a)), error: (...a) => log("error", fmt(a)), debug: (...a) => log("debug", fmt(a)) };
  Object.assign(globalThis, { Headers, Request, Response, DOMException, URL });
  const headerList = (h) => { const out = []; for (const [k, v] of h._l) out.push(k, v); return out; };
  return {
    newRequest(method, url, headers, body) { const h = new Headers(); for (let i = 0; i < headers.length; i += 2) h.append(headers[i], headers[i + 1]); return new Request(url, { method, headers: h, body: body ?? undefined }); },
    newResponse(status, statusText, headers, body) { const h = new Headers(); for (let i = 0; i < headers.length; i += 2) h.append(headers[i], headers[i + 1]); return new Response(body, { status, statusText, headers: h }); },
    requestFrom(input, init) { return new Request(input, init ?? {}); },
    read(m, cb) { m.text().then((t) => cb({ method: m.method, url: m.url, status: m.status, statusText: m.statusText, headers: headerList(m.headers), body: m._body == null ? null : t })); },
    isRequest: (v) => v instanceof Request,
    isResponse: (v) => v instanceof Response,
    domException: (m, n) => new DOMException(m, n),
  };
})
