package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class EncodingTests {

  @AutoClose
  private static final TestWorker worker = new TestWorker();

  @Test
  void btoa_and_atob_round_trip_latin1() {
    assertThat(worker.run("return [btoa('hello'), btoa(''), btoa('\\xff\\x00a'), atob(' aGVs\\nbG8= '), atob('aGVsbG8'), atob('/w==').charCodeAt(0)].join('|')"))
        .isEqualTo("aGVsbG8=||/wBh|hello|hello|255");
  }

  @Test
  void atob_rejects_invalid_data_with_invalid_character_error() {
    String message = "atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, "
        + "and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)";
    for (String bad : new String[] {"aGVsbG8=a", "a===", "a", "ab!c", "ab=c"}) {
      assertThat(worker.run("try { atob('" + bad + "'); return 'no error'; } catch (e) { return [e.constructor.name, e.name, e.code, e.message].join('|'); }"))
          .as(bad).isEqualTo("DOMException|InvalidCharacterError|5|" + message);
    }
  }

  @Test
  void btoa_rejects_characters_beyond_latin1() {
    assertThat(worker.run("try { btoa('€'); } catch (e) { return [e.name, e.code, e.message].join('|'); }"))
        .isEqualTo("InvalidCharacterError|5|btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.");
  }

  @Test
  void text_encoder_and_decoder_handle_utf8() {
    assertThat(worker.run("const e = new TextEncoder(); const d = new TextDecoder();"
        + "const into = new Uint8Array(8); const r = e.encodeInto('é!', into);"
        + "return [e.encoding, e.encode('€\\ud800').join(), d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xff])), r.read, r.written, d.decode()].join('|')"))
        .isEqualTo("utf-8|226,130,172,239,191,189|h\ufffd|2|3|");
    assertThat(worker.error("new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))")).startsWith("TypeError");
  }

  @Test
  void dom_exceptions_carry_legacy_codes_as_own_properties() {
    worker.eval("(e) => { globalThis.__e = e; }").execute(worker.internals.newDomException("Could not serialize object of type \"Blob\".", "DataCloneError"));
    assertThat(worker.run("return [__e instanceof DOMException, __e instanceof Error, __e.constructor.name, __e.name, __e.code, __e.message,"
        + "Object.getOwnPropertyNames(__e).filter((k) => k !== 'stack' && k !== 'message').sort().join(), DOMException.DATA_CLONE_ERR,"
        + "new DOMException('m').name, new DOMException('m', 'AbortError').code, new DOMException('m', 'Custom').code].join('|')"))
        .isEqualTo("true|true|DOMException|DataCloneError|25|Could not serialize object of type \"Blob\".|code,name|25|Error|20|0");
  }
}
