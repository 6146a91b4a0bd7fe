package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerResponse;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LargeBodyTests {

  @ParameterizedTest(name = "buffer access {0}")
  @ValueSource(booleans = {true, false})
  void a_16_mib_body_round_trips_through_new_response_and_read_response(boolean bufferAccess) {
    try (TestWorker worker = new TestWorker(bufferAccess ? TestContexts.WITH_BUFFERS : HostAccess.NONE)) {
      assertThat(worker.internals.fastByteTransfer()).isEqualTo(bufferAccess);
      byte[] body = new byte[16 * 1024 * 1024];
      for (int i = 0; i < body.length; i++) {
        body[i] = (byte) (i * 31 + 7);
      }
      Value response = worker.internals.newResponse(new WorkerResponse(200, "OK", HttpHeaders.empty(), body));
      worker.eval("(r) => { globalThis.__r = r; }").execute(response);
      assertThat(worker.run("const b = await __r.clone().bytes(); return [b.length, b[1], b[b.length - 1]].join()"))
          .isEqualTo(body.length + "," + (body[1] & 0xff) + "," + (body[body.length - 1] & 0xff));
      CompletableFuture<WorkerResponse> out = worker.internals.readResponse(response);
      worker.loop.runUntil(out::isDone);
      assertThat(out.join().body()).isEqualTo(body);
    }
  }
}
