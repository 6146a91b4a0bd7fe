// Bindery Web platform, part 3: URL and URLSearchParams after the WHATWG URL Standard.
(function installUrl(host, priv) {
  "use strict";
  const g = globalThis;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const SPECIAL = { "ftp": 21, "file": null, "http": 80, "https": 443, "ws": 80, "wss": 443 };
  const isSpecialScheme = (s) => Object.prototype.hasOwnProperty.call(SPECIAL, s);
  const FAILURE = Symbol("failure");

  // percent-encode sets, as predicates on a code point
  const c0 = (c) => c < 0x20 || c > 0x7e;
  const fragmentSet = (c) => c0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
  const querySet = (c) => c0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
  const specialQuerySet = (c) => querySet(c) || c === 0x27;
  const pathSet = (c) => querySet(c) || c === 0x3f || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d;
  const userinfoSet = (c) => pathSet(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 || (c >= 0x5b && c <= 0x5d) || c === 0x7c;
  const componentSet = (c) => userinfoSet(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
  const formSet = (c) => componentSet(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
  const HEX = "0123456789ABCDEF";
  function percentEncode(str, set, spaceAsPlus) {
    let out = "";
    for (const ch of str) {
      const c = ch.codePointAt(0);
      if (spaceAsPlus && c === 0x20) out += "+";
      else if (!set(c)) out += ch;
      else for (const b of enc.encode(ch)) out += "%" + HEX[b >> 4] + HEX[b & 15];
    }
    return out;
  }
  const hexVal = (c) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  function percentDecodeBytes(bytes) {
    const out = new Uint8Array(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length && hexVal(bytes[i + 1]) >= 0 && hexVal(bytes[i + 2]) >= 0) {
        out[n++] = hexVal(bytes[i + 1]) * 16 + hexVal(bytes[i + 2]);
        i += 2;
      } else out[n++] = b;
    }
    return out.subarray(0, n);
  }
  const percentDecode = (s) => dec.decode(percentDecodeBytes(enc.encode(s)));

  // ---- hosts ----
  const forbiddenHost = (c) => c === 0 || c === 9 || c === 0xa || c === 0xd || c === 0x20 || c === 0x23 || c === 0x2f || c === 0x3a ||
    c === 0x3c || c === 0x3e || c === 0x3f || c === 0x40 || c === 0x5b || c === 0x5c || c === 0x5d || c === 0x5e || c === 0x7c;
  const forbiddenDomain = (c) => forbiddenHost(c) || (c >= 0 && c <= 0x1f) || c === 0x25 || c === 0x7f;
  function parseHost(input, notSpecial) {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) return FAILURE;
      const a = parseIPv6(input.slice(1, -1));
      return a === FAILURE ? FAILURE : "[" + serializeIPv6(a) + "]";
    }
    if (notSpecial) {
      for (let i = 0; i < input.length; i++) if (forbiddenHost(input.charCodeAt(i))) return FAILURE;
      return percentEncode(input, c0);
    }
    const domain = percentDecode(input);
    let ascii;
    if (/^[\x00-\x7f]*$/.test(domain)) ascii = domain.toLowerCase();
    else {
      ascii = host.idnToAscii(domain);
      if (ascii == null) return FAILURE;
    }
    if (ascii === "") return FAILURE;
    for (let i = 0; i < ascii.length; i++) if (forbiddenDomain(ascii.charCodeAt(i))) return FAILURE;
    if (endsInNumber(ascii)) {
      const v4 = parseIPv4(ascii);
      return v4 === FAILURE ? FAILURE : serializeIPv4(v4);
    }
    return ascii;
  }
  function endsInNumber(s) {
    const parts = s.split(".");
    if (parts[parts.length - 1] === "") { if (parts.length === 1) return false; parts.pop(); }
    const last = parts[parts.length - 1];
    if (last !== "" && /^[0-9]+$/.test(last)) return true;
    return parseIPv4Number(last) !== FAILURE;
  }
  function parseIPv4Number(s) {
    if (s === "") return FAILURE;
    let radix = 10;
    if (s.length >= 2 && (s.startsWith("0x") || s.startsWith("0X"))) { s = s.slice(2); radix = 16; }
    else if (s.length >= 2 && s[0] === "0") { s = s.slice(1); radix = 8; }
    if (s === "") return 0;
    const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
    if (!re.test(s)) return FAILURE;
    return parseInt(s, radix);
  }
  function parseIPv4(s) {
    const parts = s.split(".");
    if (parts[parts.length - 1] === "" && parts.length > 1) parts.pop();
    if (parts.length > 4) return FAILURE;
    const nums = [];
    for (const p of parts) {
      const n = parseIPv4Number(p);
      if (n === FAILURE) return FAILURE;
      nums.push(n);
    }
    for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return FAILURE;
    if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return FAILURE;
    let ipv4 = nums[nums.length - 1];
    for (let i = 0; i < nums.length - 1; i++) ipv4 += nums[i] * 256 ** (3 - i);
    return ipv4;
  }
  const serializeIPv4 = (n) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join(".");
  function parseIPv6(input) {
    const a = [0, 0, 0, 0, 0, 0, 0, 0];
    let piece = 0, compress = null, p = 0;
    const cp = (i) => input.charCodeAt(i);
    const isHex = (c) => hexVal(c) >= 0;
    if (cp(p) === 0x3a) {
      if (cp(p + 1) !== 0x3a) return FAILURE;
      p += 2; piece++; compress = piece;
    }
    while (p < input.length) {
      if (piece === 8) return FAILURE;
      if (cp(p) === 0x3a) {
        if (compress !== null) return FAILURE;
        p++; piece++; compress = piece; continue;
      }
      let value = 0, length = 0;
      while (length < 4 && p < input.length && isHex(cp(p))) { value = value * 16 + hexVal(cp(p)); p++; length++; }
      if (cp(p) === 0x2e) {
        if (length === 0) return FAILURE;
        p -= length;
        if (piece > 6) return FAILURE;
        let seen = 0;
        while (p < input.length) {
          let v4 = null;
          if (seen > 0) { if (cp(p) === 0x2e && seen < 4) p++; else return FAILURE; }
          if (!(cp(p) >= 48 && cp(p) <= 57)) return FAILURE;
          while (cp(p) >= 48 && cp(p) <= 57) {
            const n = cp(p) - 48;
            if (v4 === null) v4 = n; else if (v4 === 0) return FAILURE; else v4 = v4 * 10 + n;
            if (v4 > 255) return FAILURE;
            p++;
          }
          a[piece] = a[piece] * 256 + v4;
          seen++;
          if (seen === 2 || seen === 4) piece++;
        }
        if (seen !== 4) return FAILURE;
        break;
      } else if (cp(p) === 0x3a) {
        p++;
        if (p >= input.length) return FAILURE;
      } else if (p < input.length) return FAILURE;
      a[piece] = value;
      piece++;
    }
    if (compress !== null) {
      let swaps = piece - compress;
      piece = 7;
      while (piece !== 0 && swaps > 0) {
        const t = a[compress + swaps - 1]; a[compress + swaps - 1] = a[piece]; a[piece] = t;
        piece--; swaps--;
      }
    } else if (piece !== 8) return FAILURE;
    return a;
  }
  function serializeIPv6(a) {
    let best = -1, bestLen = 1;
    for (let i = 0; i < 8; ) {
      if (a[i] !== 0) { i++; continue; }
      let j = i;
      while (j < 8 && a[j] === 0) j++;
      if (j - i > bestLen) { best = i; bestLen = j - i; }
      i = j;
    }
    let out = "", ignore0 = false;
    for (let i = 0; i < 8; i++) {
      if (ignore0 && a[i] === 0) continue;
      ignore0 = false;
      if (best === i) { out += i === 0 ? "::" : ":"; ignore0 = true; continue; }
      out += a[i].toString(16);
      if (i !== 7) out += ":";
    }
    return out;
  }

  // ---- the basic URL parser ----
  const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const isDigit = (c) => c >= 0x30 && c <= 0x39;
  const isWinLetter = (s, normalizedOnly) => s.length === 2 && isAlpha(s.charCodeAt(0)) && (s[1] === ":" || (!normalizedOnly && s[1] === "|"));
  const startsWithWinLetter = (cps, p) => cps.length - p >= 2 && isWinLetter(cps[p] + cps[p + 1], false) &&
    (cps.length - p === 2 || ["/", "\\", "?", "#"].includes(cps[p + 2]));
  const isSingleDot = (s) => s === "." || s.toLowerCase() === "%2e";
  const isDoubleDot = (s) => { s = s.toLowerCase(); return s === ".." || s === ".%2e" || s === "%2e." || s === "%2e%2e"; };
  const newRecord = () => ({ scheme: "", username: "", password: "", host: null, port: null, path: [], query: null, fragment: null });
  const hasOpaquePath = (u) => typeof u.path === "string";
  const includesCredentials = (u) => u.username !== "" || u.password !== "";
  function shorten(u) {
    if (u.scheme === "file" && u.path.length === 1 && isWinLetter(u.path[0], true)) return;
    u.path.pop();
  }
  const S = {
    SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5, RELATIVE: 6,
    RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11,
    HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
    QUERY: 20, FRAGMENT: 21,
  };
  function basicParse(input, base, url, override) {
    if (!url) {
      url = newRecord();
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
    }
    input = input.replace(/[\t\n\r]/g, "");
    let state = override || S.SCHEME_START;
    let buffer = "", atSign = false, brackets = false, passwordSeen = false;
    const cps = Array.from(input);
    const special = () => isSpecialScheme(url.scheme);
    for (let p = 0; p <= cps.length; p++) {
      const ch = cps[p];
      const c = ch === undefined ? -1 : ch.codePointAt(0);
      const EOF = ch === undefined;
      switch (state) {
        case S.SCHEME_START:
          if (isAlpha(c)) { buffer += ch.toLowerCase(); state = S.SCHEME; }
          else if (!override) { state = S.NO_SCHEME; p--; }
          else return FAILURE;
          break;
        case S.SCHEME:
          if (isAlpha(c) || isDigit(c) || ch === "+" || ch === "-" || ch === ".") buffer += ch.toLowerCase();
          else if (ch === ":") {
            if (override) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) && buffer === "file") return url;
              if (url.scheme === "file" && url.host === "") return url;
            }
            url.scheme = buffer;
            if (override) {
              if (url.port === SPECIAL[url.scheme]) url.port = null;
              return url;
            }
            buffer = "";
            if (url.scheme === "file") state = S.FILE;
            else if (special() && base && base.scheme === url.scheme) state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
            else if (special()) state = S.SPECIAL_AUTHORITY_SLASHES;
            else if (cps[p + 1] === "/") { state = S.PATH_OR_AUTHORITY; p++; }
            else { url.path = ""; state = S.OPAQUE_PATH; }
          } else if (!override) { buffer = ""; state = S.NO_SCHEME; p = -1; }
          else return FAILURE;
          break;
        case S.NO_SCHEME:
          if (!base || (hasOpaquePath(base) && ch !== "#")) return FAILURE;
          if (hasOpaquePath(base) && ch === "#") {
            url.scheme = base.scheme; url.path = base.path; url.query = base.query; url.fragment = ""; state = S.FRAGMENT;
          } else if (base.scheme !== "file") { state = S.RELATIVE; p--; }
          else { state = S.FILE; p--; }
          break;
        case S.SPECIAL_RELATIVE_OR_AUTHORITY:
          if (ch === "/" && cps[p + 1] === "/") { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; p++; }
          else { state = S.RELATIVE; p--; }
          break;
        case S.PATH_OR_AUTHORITY:
          if (ch === "/") state = S.AUTHORITY; else { state = S.PATH; p--; }
          break;
        case S.RELATIVE:
          url.scheme = base.scheme;
          if (ch === "/") state = S.RELATIVE_SLASH;
          else if (special() && ch === "\\") state = S.RELATIVE_SLASH;
          else {
            url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
            url.path = base.path.slice(); url.query = base.query;
            if (ch === "?") { url.query = ""; state = S.QUERY; }
            else if (ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
            else if (!EOF) { url.query = null; shorten(url); state = S.PATH; p--; }
          }
          break;
        case S.RELATIVE_SLASH:
          if (special() && (ch === "/" || ch === "\\")) state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          else if (ch === "/") state = S.AUTHORITY;
          else {
            url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
            state = S.PATH; p--;
          }
          break;
        case S.SPECIAL_AUTHORITY_SLASHES:
          if (ch === "/" && cps[p + 1] === "/") { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; p++; }
          else { state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES; p--; }
          break;
        case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
          if (ch !== "/" && ch !== "\\") { state = S.AUTHORITY; p--; }
          break;
        case S.AUTHORITY:
          if (ch === "@") {
            if (atSign) buffer = "%40" + buffer;
            atSign = true;
            for (const bc of buffer) {
              if (bc === ":" && !passwordSeen) { passwordSeen = true; continue; }
              const e = percentEncode(bc, userinfoSet);
              if (passwordSeen) url.password += e; else url.username += e;
            }
            buffer = "";
          } else if (EOF || ch === "/" || ch === "?" || ch === "#" || (special() && ch === "\\")) {
            if (atSign && buffer === "") return FAILURE;
            p -= Array.from(buffer).length + 1;
            buffer = "";
            state = S.HOST;
          } else buffer += ch;
          break;
        case S.HOST:
        case S.HOSTNAME:
          if (override && url.scheme === "file") { p--; state = S.FILE_HOST; }
          else if (ch === ":" && !brackets) {
            if (buffer === "") return FAILURE;
            if (override === S.HOSTNAME) return FAILURE;
            const h = parseHost(buffer, !special());
            if (h === FAILURE) return FAILURE;
            url.host = h; buffer = ""; state = S.PORT;
          } else if (EOF || ch === "/" || ch === "?" || ch === "#" || (special() && ch === "\\")) {
            p--;
            if (special() && buffer === "") return FAILURE;
            if (override && buffer === "" && (includesCredentials(url) || url.port !== null)) return FAILURE;
            const h = parseHost(buffer, !special());
            if (h === FAILURE) return FAILURE;
            url.host = h; buffer = ""; state = S.PATH_START;
            if (override) return url;
          } else {
            if (ch === "[") brackets = true;
            if (ch === "]") brackets = false;
            buffer += ch;
          }
          break;
        case S.PORT:
          if (isDigit(c)) buffer += ch;
          else if (EOF || ch === "/" || ch === "?" || ch === "#" || (special() && ch === "\\") || override) {
            if (buffer !== "") {
              const port = parseInt(buffer, 10);
              if (port > 65535) return FAILURE;
              url.port = SPECIAL[url.scheme] === port ? null : port;
              buffer = "";
              if (override) return url;
            }
            if (override) return FAILURE;
            state = S.PATH_START; p--;
          } else return FAILURE;
          break;
        case S.FILE:
          url.scheme = "file";
          url.host = "";
          if (ch === "/" || ch === "\\") state = S.FILE_SLASH;
          else if (base && base.scheme === "file") {
            url.host = base.host; url.path = base.path.slice(); url.query = base.query;
            if (ch === "?") { url.query = ""; state = S.QUERY; }
            else if (ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
            else if (!EOF) {
              url.query = null;
              if (!startsWithWinLetter(cps, p)) shorten(url); else url.path = [];
              state = S.PATH; p--;
            }
          } else { state = S.PATH; p--; }
          break;
        case S.FILE_SLASH:
          if (ch === "/" || ch === "\\") state = S.FILE_HOST;
          else {
            if (base && base.scheme === "file") {
              url.host = base.host;
              if (!startsWithWinLetter(cps, p) && base.path.length > 0 && isWinLetter(base.path[0], true)) url.path.push(base.path[0]);
            }
            state = S.PATH; p--;
          }
          break;
        case S.FILE_HOST:
          if (EOF || ch === "/" || ch === "\\" || ch === "?" || ch === "#") {
            p--;
            if (!override && isWinLetter(buffer, false)) state = S.PATH;
            else if (buffer === "") {
              url.host = "";
              if (override) return url;
              state = S.PATH_START;
            } else {
              let h = parseHost(buffer, !special());
              if (h === FAILURE) return FAILURE;
              if (h === "localhost") h = "";
              url.host = h;
              if (override) return url;
              buffer = ""; state = S.PATH_START;
            }
          } else buffer += ch;
          break;
        case S.PATH_START:
          if (special()) { state = S.PATH; if (ch !== "/" && ch !== "\\") p--; }
          else if (!override && ch === "?") { url.query = ""; state = S.QUERY; }
          else if (!override && ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
          else if (!EOF) { state = S.PATH; if (ch !== "/") p--; }
          else if (override && url.host === null) url.path.push("");
          break;
        case S.PATH:
          if (EOF || ch === "/" || (special() && ch === "\\") || (!override && (ch === "?" || ch === "#"))) {
            const slash = ch === "/" || (special() && ch === "\\");
            if (isDoubleDot(buffer)) { shorten(url); if (!slash) url.path.push(""); }
            else if (isSingleDot(buffer) && !slash) url.path.push("");
            else if (!isSingleDot(buffer)) {
              if (url.scheme === "file" && url.path.length === 0 && isWinLetter(buffer, false)) buffer = buffer[0] + ":";
              url.path.push(buffer);
            }
            buffer = "";
            if (ch === "?") { url.query = ""; state = S.QUERY; }
            if (ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
          } else buffer += percentEncode(ch, pathSet);
          break;
        case S.OPAQUE_PATH:
          if (ch === "?") { url.query = ""; state = S.QUERY; }
          else if (ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
          else if (!EOF) url.path += percentEncode(ch, c0);
          break;
        case S.QUERY:
          if ((!override && ch === "#") || EOF) {
            url.query += percentEncode(buffer, special() ? specialQuerySet : querySet);
            buffer = "";
            if (ch === "#") { url.fragment = ""; state = S.FRAGMENT; }
          } else buffer += ch;
          break;
        case S.FRAGMENT:
          if (!EOF) url.fragment += percentEncode(ch, fragmentSet);
          break;
      }
    }
    return url;
  }
  function serialize(u, excludeFragment) {
    let out = u.scheme + ":";
    if (u.host !== null) {
      out += "//";
      if (includesCredentials(u)) out += u.username + (u.password !== "" ? ":" + u.password : "") + "@";
      out += u.host;
      if (u.port !== null) out += ":" + u.port;
    } else if (!hasOpaquePath(u) && u.path.length > 1 && u.path[0] === "") out += "/.";
    out += serializePath(u);
    if (u.query !== null) out += "?" + u.query;
    if (!excludeFragment && u.fragment !== null) out += "#" + u.fragment;
    return out;
  }
  const serializePath = (u) => (hasOpaquePath(u) ? u.path : u.path.map((s) => "/" + s).join(""));
  function origin(u) {
    if (u.scheme === "blob") {
      const inner = parse(serializePath(u));
      return inner !== FAILURE && (inner.scheme === "http" || inner.scheme === "https") ? origin(inner) : "null";
    }
    if (isSpecialScheme(u.scheme) && u.scheme !== "file") return u.scheme + "://" + u.host + (u.port !== null ? ":" + u.port : "");
    return "null";
  }
  // Parsing runs in the interpreter and the same URLs come back on every request: absolute inputs
  // are parsed once and handed out as copies (records are mutable through URL setters).
  const parsed = new Map();
  const copyRecord = (r) => (r === FAILURE ? r : { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path });
  function parse(input, baseStr) {
    let base = null;
    if (baseStr !== undefined) {
      base = basicParse(String(baseStr), null);
      if (base === FAILURE) return FAILURE;
      return basicParse(String(input), base);
    }
    const key = String(input);
    let r = parsed.get(key);
    if (r === undefined) {
      r = basicParse(key, null);
      if (parsed.size >= 512) parsed.clear();
      parsed.set(key, r);
    }
    return copyRecord(r);
  }
  const hrefs = new Map();
  priv.parseUrl = (input) => {
    const key = String(input);
    let href = hrefs.get(key);
    if (href === undefined) {
      const r = parse(key);
      href = r === FAILURE ? null : serialize(r);
      if (hrefs.size >= 512) hrefs.clear();
      hrefs.set(key, href);
    }
    return href;
  };

  // ---- application/x-www-form-urlencoded ----
  function parseForm(s) {
    const out = [];
    for (const seq of s.split("&")) {
      if (seq === "") continue;
      const i = seq.indexOf("=");
      const name = i >= 0 ? seq.slice(0, i) : seq, value = i >= 0 ? seq.slice(i + 1) : "";
      out.push([percentDecode(name.replace(/\+/g, " ")), percentDecode(value.replace(/\+/g, " "))]);
    }
    return out;
  }
  const toUSV = (s) => String(s).toWellFormed();
  const serializeForm = (list) => list.map(([k, v]) => percentEncode(k, formSet, true) + "=" + percentEncode(v, formSet, true)).join("&");
  priv.parseForm = parseForm;
  priv.serializeForm = serializeForm;

  class URLSearchParams {
    #list = []; #url = null;
    constructor(init = "") {
      if (typeof init === "object" && init !== null) {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = [...pair];
            if (p.length !== 2) throw new TypeError("Each pair in the sequence must have exactly two elements.");
            this.#list.push([toUSV(p[0]), toUSV(p[1])]);
          }
        } else {
          for (const k of Reflect.ownKeys(init)) {
            const d = Object.getOwnPropertyDescriptor(init, k);
            if (d && d.enumerable && typeof k === "string") this.#list.push([toUSV(k), toUSV(init[k])]);
          }
        }
      } else {
        let s = toUSV(init);
        if (s.startsWith("?")) s = s.slice(1);
        this.#list = parseForm(s);
      }
    }
    #update() {
      if (!this.#url) return;
      const s = serializeForm(this.#list);
      priv.urlRecord(this.#url).query = s === "" ? null : s;
    }
    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([toUSV(name), toUSV(value)]); this.#update(); }
    delete(name, value) {
      name = toUSV(name);
      const v = value === undefined ? undefined : toUSV(value);
      this.#list = this.#list.filter(([k, x]) => !(k === name && (v === undefined || x === v)));
      this.#update();
    }
    get(name) { name = toUSV(name); const e = this.#list.find(([k]) => k === name); return e ? e[1] : null; }
    getAll(name) { name = toUSV(name); return this.#list.filter(([k]) => k === name).map(([, v]) => v); }
    has(name, value) {
      name = toUSV(name);
      const v = value === undefined ? undefined : toUSV(value);
      return this.#list.some(([k, x]) => k === name && (v === undefined || x === v));
    }
    set(name, value) {
      name = toUSV(name); value = toUSV(value);
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) this.#list.push([name, value]);
      else { this.#list[i][1] = value; this.#list = this.#list.filter(([k], j) => j <= i || k !== name); }
      this.#update();
    }
    sort() {
      const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
      this.#list = this.#list.map((e, i) => [e, i]).sort((a, b) => cmp(a[0][0], b[0][0]) || a[1] - b[1]).map(([e]) => e);
      this.#update();
    }
    forEach(cb, thisArg) { for (const [k, v] of this.#list.slice()) cb.call(thisArg, v, k, this); }
    *entries() { for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]]; }
    *keys() { for (const [k] of this.entries()) yield k; }
    *values() { for (const [, v] of this.entries()) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return serializeForm(this.#list); }
    static {
      priv.linkParams = (p, url, query) => { p.#url = url; p.#list = query ? parseForm(query) : []; };
      priv.paramsList = (p) => p.#list;
    }
  }

  class URL {
    #r; #params;
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'URL': constructor parameter 1 is not of type 'USVString'.");
      const r = parse(url, base);
      if (r === FAILURE) throw new TypeError("Invalid URL string.");
      this.#r = r;
      this.#params = new URLSearchParams();
      priv.linkParams(this.#params, this, r.query);
    }
    static canParse(url, base) { return parse(url, base) !== FAILURE; }
    static parse(url, base) { try { return new URL(url, base); } catch { return null; } }
    get href() { return serialize(this.#r); }
    set href(v) {
      const r = parse(v);
      if (r === FAILURE) throw new TypeError("Invalid URL string.");
      this.#r = r;
      priv.linkParams(this.#params, this, r.query);
    }
    get origin() { return origin(this.#r); }
    get protocol() { return this.#r.scheme + ":"; }
    set protocol(v) { basicParse(toUSV(v) + ":", null, this.#r, S.SCHEME_START); }
    get username() { return this.#r.username; }
    set username(v) { if (this.#noCreds()) return; this.#r.username = percentEncode(toUSV(v), userinfoSet); }
    get password() { return this.#r.password; }
    set password(v) { if (this.#noCreds()) return; this.#r.password = percentEncode(toUSV(v), userinfoSet); }
    #noCreds() { return this.#r.host === null || this.#r.host === "" || this.#r.scheme === "file"; }
    get host() { const r = this.#r; return r.host === null ? "" : r.port === null ? r.host : r.host + ":" + r.port; }
    set host(v) { if (!hasOpaquePath(this.#r)) this.#apply(v, S.HOST); }
    get hostname() { return this.#r.host ?? ""; }
    set hostname(v) { if (!hasOpaquePath(this.#r)) this.#apply(v, S.HOSTNAME); }
    get port() { return this.#r.port === null ? "" : String(this.#r.port); }
    set port(v) {
      if (this.#noCreds()) return;
      v = toUSV(v);
      if (v === "") this.#r.port = null; else this.#apply(v, S.PORT);
    }
    get pathname() { return serializePath(this.#r); }
    set pathname(v) {
      if (hasOpaquePath(this.#r)) return;
      const old = this.#r.path;
      this.#r.path = [];
      if (this.#apply(v, S.PATH_START) === FAILURE) this.#r.path = old;
    }
    get search() { const q = this.#r.query; return q === null || q === "" ? "" : "?" + q; }
    set search(v) {
      v = toUSV(v);
      if (v === "") { this.#r.query = null; priv.linkParams(this.#params, this, ""); return; }
      if (v.startsWith("?")) v = v.slice(1);
      this.#r.query = "";
      basicParse(v, null, this.#r, S.QUERY);
      priv.linkParams(this.#params, this, v);
    }
    get searchParams() { return this.#params; }
    get hash() { const f = this.#r.fragment; return f === null || f === "" ? "" : "#" + f; }
    set hash(v) {
      v = toUSV(v);
      if (v === "") { this.#r.fragment = null; return; }
      if (v.startsWith("#")) v = v.slice(1);
      this.#r.fragment = "";
      basicParse(v, null, this.#r, S.FRAGMENT);
    }
    #apply(v, state) {
      const copy = { ...this.#r, path: hasOpaquePath(this.#r) ? this.#r.path : this.#r.path.slice() };
      const r = basicParse(toUSV(v), null, copy, state);
      if (r !== FAILURE) this.#r = copy;
      return r;
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
    static { priv.urlRecord = (u) => u.#r; }
  }
  for (const cls of [URL, URLSearchParams]) priv.tag(cls, cls.name);
  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { enumerable: false });
  priv.define(g, "URL", URL);
  priv.define(g, "URLSearchParams", URLSearchParams);
});
