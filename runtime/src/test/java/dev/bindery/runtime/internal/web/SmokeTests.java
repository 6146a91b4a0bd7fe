package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTests {
  @Test
  void installs_and_runs_a_request() {
    try (TestWorker w = new TestWorker()) {
      assertThat(w.run("const r = new Request('https://a.test/x?y=1', {method: 'post', body: 'hi'}); return `${r.method} ${r.url} ${await r.text()} ${r.headers.get('content-type')}`"))
          .isEqualTo("POST https://a.test/x?y=1 hi text/plain;charset=UTF-8");
    }
  }
}
