package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutboundFetchTests {

  static final Path WORKER = Path.of("src/test/resources/workers/outbound/wrangler.jsonc");

  @Test
  void a_refused_connection_rejects_with_the_request_and_the_reason() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (WorkerGroup group = WorkerGroup.fromConfigs(WORKER)) {
      String url = "http://127.0.0.1:" + closedPort + "/rates";

      String answer = group.fetch(WorkerRequest.get("http://localhost/?url=" + url)).bodyText();

      assertThat(answer).isEqualTo("TypeError: fetch GET " + url + " failed: could not connect to 127.0.0.1:"
          + closedPort + " (connection refused)");
    }
  }

  @Test
  void a_custom_handler_answers_every_outbound_fetch() {
    try (WorkerGroup group = WorkerGroup.builder().config(WORKER)
        .outboundFetch((worker, request) -> java.util.concurrent.CompletableFuture.completedFuture(
            WorkerResponse.of(request.url().endsWith("/teapot") ? 418 : 200, worker)))
        .build()) {
      assertThat(group.fetch(WorkerRequest.get("http://localhost/?url=https://example.test/teapot")).bodyText())
          .isEqualTo("status 418");
    }
  }
}
