package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevServerTests {

  @Test
  void serves_the_first_config_over_http_and_reports_the_bindings() throws Exception {
    try (DevServer server = DevServer.start(
        List.of(SeedTests.seed("js", "a/wrangler.jsonc"), SeedTests.seed("js", "b/wrangler.jsonc")), "127.0.0.1", 0)) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("3");
      assertThat(server.url()).startsWith("http://127.0.0.1:");
      assertThat(server.bindingReport()).containsExactly(
          "Worker worker_a has access to:",
          "  env.WORKER_B (worker_b) [connected]",
          "Worker worker_b has no service bindings");
    }
  }

  @Test
  void a_port_in_use_says_how_to_choose_another() throws Exception {
    try (DevServer first = DevServer.start(List.of(SeedTests.seed("js", "b/wrangler.jsonc")), "127.0.0.1", 0)) {
      int port = Integer.parseInt(first.url().substring(first.url().lastIndexOf(':') + 1));

      assertThatThrownBy(() -> DevServer.start(List.of(SeedTests.seed("js", "b/wrangler.jsonc")), "127.0.0.1", port))
          .isInstanceOf(IOException.class)
          .hasMessageStartingWith("Cannot listen on 127.0.0.1:" + port + ": ")
          .hasMessageEndingWith(". Choose another port with --port, or stop the process that uses this one.");
    }
  }
}
