package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetchTests {

  private TestWorker worker;

  @BeforeEach
  void start() {
    worker = new TestWorker();
    worker.network = r -> CompletableFuture.completedFuture(new WorkerResponse(200, "OK", HttpHeaders.of("x-echo", r.method()),
        (r.method() + " " + r.url() + " " + (r.body() == null ? "<no body>" : r.bodyText())).getBytes(StandardCharsets.UTF_8)));
  }

  @AfterEach
  void stop() {
    worker.close();
  }

  private String call(String args) {
    return worker.run("const resp = await fetch(" + args + "); return `${resp.status} ${await resp.text()}`");
  }

  @Test
  void accepts_every_call_form_of_case_005() {
    assertThat(call("'http://svc/a?b=c'")).isEqualTo("200 GET http://svc/a?b=c <no body>");
    assertThat(call("'http://svc/post', { method: 'POST', body: 'hi' }")).isEqualTo("200 POST http://svc/post hi");
    assertThat(call("new URL('http://svc/from-url')")).isEqualTo("200 GET http://svc/from-url <no body>");
    assertThat(call("new Request('http://svc/req', { method: 'POST', body: 'orig' }), { method: 'PUT', body: 'override' }"))
        .isEqualTo("200 PUT http://svc/req override");
  }

  @Test
  void bad_input_rejects_with_workerd_messages() {
    assertThat(worker.error("await fetch('/relative/path')")).isEqualTo("TypeError: Invalid URL: /relative/path");
    assertThat(worker.error("await fetch()"))
        .isEqualTo("TypeError: Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Request or string'.");
    assertThat(worker.sent).isEmpty();
  }

  @Test
  void sends_headers_and_resolves_with_the_url_set() {
    assertThat(worker.run("const r = await fetch('https://api.test/x', { method: 'POST', headers: { 'X-Key': 'k' }, body: new Uint8Array([65, 66]) });"
        + "return [r.url, r.headers.get('x-echo'), r.ok, await r.text()].join('|')"))
        .isEqualTo("https://api.test/x|POST|true|POST https://api.test/x AB");
    WorkerRequest sent = worker.sent.get(0);
    assertThat(sent.headers().first("x-key")).contains("k");
    assertThat(sent.body()).containsExactly(65, 66);
  }

  @Test
  void a_failed_stage_rejects_with_a_type_error_carrying_its_message() {
    worker.network = r -> CompletableFuture.failedFuture(new IllegalStateException("connection refused: api.test"));
    assertThat(worker.error("await fetch('https://api.test/')")).isEqualTo("TypeError: connection refused: api.test");
    assertThat(worker.internals.pendingOperations()).isZero();
  }

  @Test
  void in_flight_fetches_count_as_pending_until_they_complete() {
    CompletableFuture<WorkerResponse> later = new CompletableFuture<>();
    worker.network = r -> later;
    worker.eval("globalThis.__p = fetch('https://slow.test/').then((r) => r.text()).then((t) => { globalThis.__t = t; })");
    assertThat(worker.internals.pendingOperations()).isEqualTo(1);
    later.complete(WorkerResponse.of(200, "late"));
    worker.loop.runAll(0);
    assertThat(worker.eval("__t").asString()).isEqualTo("late");
    assertThat(worker.internals.pendingOperations()).isZero();
  }

  @Test
  void an_aborted_signal_rejects_the_fetch() {
    worker.network = r -> new CompletableFuture<>();
    assertThat(worker.error("await fetch('https://x.test/', { signal: AbortSignal.abort() })"))
        .isEqualTo("DOMException: The operation was aborted");
    assertThat(worker.error("const c = new AbortController(); const p = fetch('https://x.test/', { signal: c.signal });"
        + "c.abort(new RangeError('stop')); await p")).isEqualTo("RangeError: stop");
  }
}
