// Bindery Web platform: JSON.parse syntax errors in V8's words, as workers see them on workerd.
// GraalJS's parser stays; only when it refuses a text does a scan like V8's JsonParser find the
// message V8 would give (checked on workerd: runtime/src/test/resources/conformance/106-*).
(function installJsonWording(host, priv) {
  "use strict";
  const nativeParse = JSON.parse;
  const CONTEXT = 10; // characters of source shown either side of an unexpected token
  const SPECIAL = new Set(["NaN", "Infinity", "undefined", "[object Object]"]);

  class Refusal {
    constructor(message) { this.message = message; }
  }

  // The message V8 gives for the JSON text `src`, or null when V8 would accept it.
  function v8Refusal(src) {
    const n = src.length;
    let i = 0;
    const at = (k) => src.charCodeAt(k);
    const isDigit = (c) => c >= 0x30 && c <= 0x39;
    const skipSpace = () => {
      for (let c = at(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = at(++i));
    };
    function where() {
      let line = 1;
      let lineStart = 0;
      for (let k = 0; k < i; k++) {
        const c = at(k);
        if (c === 0x0d && k < i - 1 && at(k + 1) === 0x0a) k++;
        if (at(k) === 0x0d || at(k) === 0x0a) { line++; lineStart = k + 1; }
      }
      return `at position ${i} (line ${line} column ${i - lineStart + 1})`;
    }
    // A refusal with its own words, at the cursor.
    const fail = (words) => { throw new Refusal(`${words} in JSON ${where()}`); };
    // A refusal of whatever token is at the cursor.
    function unexpected() {
      if (i >= n) throw new Refusal("Unexpected end of JSON input");
      const c = at(i);
      if (c === 0x22) fail("Unexpected string");
      if (c === 0x2d || isDigit(c)) fail("Unexpected number");
      if (SPECIAL.has(src)) throw new Refusal(`"${src}" is not valid JSON`);
      const token = src[i];
      if (n < 2 * CONTEXT + 1) throw new Refusal(`Unexpected token '${token}', "${src}" is not valid JSON`);
      if (i < CONTEXT) throw new Refusal(`Unexpected token '${token}', "${src.substring(0, i + CONTEXT)}"... is not valid JSON`);
      if (i < n - CONTEXT) {
        throw new Refusal(`Unexpected token '${token}', ..."${src.substring(i - CONTEXT, i + CONTEXT)}"... is not valid JSON`);
      }
      throw new Refusal(`Unexpected token '${token}', ..."${src.substring(i - CONTEXT)}" is not valid JSON`);
    }
    function string() {
      i++;
      for (;;) {
        if (i >= n) fail("Unterminated string");
        const c = at(i);
        if (c === 0x22) { i++; return; }
        if (c < 0x20) fail("Bad control character in string literal");
        if (c !== 0x5c) { i++; continue; }
        i++;
        if (i >= n) unexpected();
        const e = src[i];
        if (e === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= n || !/[0-9a-fA-F]/.test(src[i])) fail("Bad Unicode escape");
          }
          i++;
        } else if ('"\\/bfnrt'.includes(e)) {
          i++;
        } else {
          fail("Bad escaped character");
        }
      }
    }
    function digits() { while (i < n && isDigit(at(i))) i++; }
    function number() {
      if (at(i) === 0x2d) {
        i++;
        if (i >= n || !isDigit(at(i))) fail("No number after minus sign");
      }
      if (at(i) === 0x30) {
        i++;
        if (i < n && isDigit(at(i))) unexpected();
      } else {
        digits();
      }
      if (at(i) === 0x2e) {
        i++;
        if (i >= n || !isDigit(at(i))) fail("Unterminated fractional number");
        digits();
      }
      if (at(i) === 0x65 || at(i) === 0x45) {
        i++;
        if (at(i) === 0x2b || at(i) === 0x2d) i++;
        if (i >= n || !isDigit(at(i))) fail("Exponent part is missing a number");
        digits();
      }
    }
    function literal(word) {
      for (let k = 0; k < word.length; k++, i++) {
        if (i >= n || src[i] !== word[k]) unexpected();
      }
    }
    function member(nameWords) {
      skipSpace();
      if (at(i) !== 0x22) fail(nameWords);
      string();
      skipSpace();
      if (at(i) !== 0x3a) fail("Expected ':' after property name");
      i++;
      value();
    }
    function value() {
      skipSpace();
      if (i >= n) unexpected();
      const c = src[i];
      if (c === "{") {
        i++;
        skipSpace();
        if (at(i) === 0x7d) { i++; return; }
        member("Expected property name or '}'");
        for (;;) {
          skipSpace();
          if (at(i) === 0x2c) { i++; member("Expected double-quoted property name"); continue; }
          if (at(i) === 0x7d) { i++; return; }
          fail("Expected ',' or '}' after property value");
        }
      }
      if (c === "[") {
        i++;
        skipSpace();
        if (at(i) === 0x5d) { i++; return; }
        value();
        for (;;) {
          skipSpace();
          if (at(i) === 0x2c) { i++; value(); continue; }
          if (at(i) === 0x5d) { i++; return; }
          fail("Expected ',' or ']' after array element");
        }
      }
      if (c === '"') return string();
      if (c === "-" || isDigit(at(i))) return number();
      if (c === "t") return literal("true");
      if (c === "f") return literal("false");
      if (c === "n") return literal("null");
      unexpected();
    }
    try {
      value();
      skipSpace();
      if (i < n) throw new Refusal(`Unexpected non-whitespace character after JSON ${where()}`);
      return null;
    } catch (e) {
      if (e instanceof Refusal) return e.message;
      throw e; // too deep for this scan: the engine's own error stands
    }
  }

  priv.define(JSON, "parse", {
    parse(text, reviver) {
      const source = `${text}`;
      try {
        return nativeParse(source, reviver);
      } catch (e) {
        // A reviver's own error, or a text V8 accepts where GraalJS does not, passes unchanged.
        if (!(e instanceof SyntaxError)) throw e;
        let words;
        try { words = v8Refusal(source); } catch (_) { throw e; }
        if (words === null) throw e;
        throw new SyntaxError(words);
      }
    },
  }.parse);
});
