package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedTests {

  static Path seed(String variant, String file) {
    return Path.of("src/test/resources/seed", variant, file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "js, a/wrangler.jsonc, b/wrangler.jsonc",
      "toml, a/wrangler.toml, b/wrangler.toml",
      "ts, a/wrangler.jsonc, b/wrangler.jsonc"})
  void worker_a_answers_3_through_the_rpc_binding(String variant, String a, String b) {
    try (WorkerGroup group = WorkerGroup.fromConfigs(seed(variant, a), seed(variant, b))) {
      WorkerResponse response = group.fetch(WorkerRequest.get("http://localhost/"));

      assertThat(response.status()).isEqualTo(200);
      assertThat(response.bodyText()).isEqualTo("3");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"js, b/wrangler.jsonc", "ts, b/wrangler.jsonc"})
  void java_calls_the_callee_directly(String variant, String b) {
    try (WorkerGroup group = WorkerGroup.fromConfigs(seed(variant, b))) {
      assertThat(group.worker("worker_b").call("add", 40, 2)).isEqualTo(42);
    }
  }

  @org.junit.jupiter.api.Test
  void a_closed_group_says_so_at_once() {
    WorkerGroup group = WorkerGroup.fromConfigs(seed("js", "b/wrangler.jsonc"));
    group.close();
    group.close(); // idempotent

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> group.worker("worker_b").call("add", 1, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This worker group is closed: start a new one with WorkerGroup.builder()...build().");
  }
}
