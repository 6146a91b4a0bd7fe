package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CryptoTests {

  @AutoClose
  private static final TestWorker worker = new TestWorker();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "SHA-1, a9993e364706816aba3e25717850c26c9cd0d89d",
      "SHA-256, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
      "sha-384, cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
      "SHA-512, ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
      "MD5, 900150983cd24fb0d6963f7d28e17f72"})
  void digests_match_the_standard_vectors(String algorithm, String hex) {
    assertThat(worker.run("const d = await crypto.subtle.digest({ name: '" + algorithm + "' }, new TextEncoder().encode('abc'));"
        + "return (d instanceof ArrayBuffer) + ' ' + [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('')"))
        .isEqualTo("true " + hex);
  }

  @Test
  void digest_rejects_unknown_algorithms() {
    assertThat(worker.error("await crypto.subtle.digest('SHA-3', new Uint8Array(1))")).isEqualTo("DOMException: Unrecognized name.");
  }

  @Test
  void get_random_values_fills_integer_arrays_up_to_the_quota() {
    assertThat(worker.run("const a = new Uint32Array(16); const same = crypto.getRandomValues(a) === a;"
        + "return [same, a.some((x) => x !== 0), crypto.getRandomValues(new Uint8Array(65536)).length].join()"))
        .isEqualTo("true,true,65536");
    assertThat(worker.run("try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { return e.name + ': ' + e.message; }"))
        .isEqualTo("QuotaExceededError: getRandomValues() only accepts buffers of size <= 64K but provided 65537 bytes.");
    assertThat(worker.run("try { crypto.getRandomValues(new Float32Array(2)); } catch (e) { return e.name + ': ' + e.message; }"))
        .isEqualTo("TypeMismatchError: ArrayBufferView argument to getRandomValues() must be an integer-typed view.");
  }

  @Test
  void random_uuid_is_a_version_4_uuid() {
    assertThat(worker.run("return crypto.randomUUID()")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  }
}
