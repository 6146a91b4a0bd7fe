package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LimitsTests {

  static final Path RECURSIVE = Path.of("src/test/resources/workers/recursive/wrangler.jsonc");

  @Test
  void a_request_chain_may_invoke_at_most_32_workers_by_default() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(RECURSIVE)) {
      assertThat(group.fetch(WorkerRequest.get("http://localhost/?n=31")).bodyText()).isEqualTo("31");

      WorkerResponse tooDeep = group.fetch(WorkerRequest.get("http://localhost/?n=40"));

      assertThat(tooDeep.status()).isEqualTo(500);
      assertThat(tooDeep.bodyText()).startsWith("Error: Too many Worker invocations in one request: a request may "
              + "invoke at most 32 Workers, and each service binding call counts (Cloudflare's production limit, "
              + "which local workerd does not enforce). This call from \"recursive\" to \"recursive\" would be "
              + "invocation 33. Chain: recursive -> recursive -> recursive -> recursive -> ... (26 more) -> ")
          .endsWith("To run without it: WorkerGroup.builder().limits(Limits.off()) or bindery dev --limits=off.");
    }
  }

  @Test
  void sequential_calls_count_too() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(RECURSIVE)) {
      WorkerException e = catchThrowableOfType(WorkerException.class,
          () -> group.worker("recursive").call("sequential", 40));

      assertThat(e.jsMessage()).contains("would be invocation 33");
    }
  }

  @Test
  void limits_off_runs_as_local_workerd_does() {
    try (WorkerGroup group = WorkerGroup.builder().config(RECURSIVE).limits(Limits.off()).build()) {
      assertThat(group.fetch(WorkerRequest.get("http://localhost/?n=200")).bodyText()).isEqualTo("200");
    }
  }

  @Test
  void the_subrequest_limit_is_configurable() {
    try (WorkerGroup group = WorkerGroup.builder().config(RECURSIVE)
        .limits(Limits.off().withMaxSubrequests(5)).build()) {
      assertThat(group.worker("recursive").call("sequential", 5)).isEqualTo(5);

      WorkerException e = catchThrowableOfType(WorkerException.class,
          () -> group.worker("recursive").call("sequential", 6));

      assertThat(e.jsMessage()).isEqualTo("Too many subrequests in one request: at most 5 (Cloudflare's production "
          + "limit; service binding calls and fetch() both count). Worker \"recursive\" made one more: service binding "
          + "call to \"recursive\". To run without it: WorkerGroup.builder().limits(Limits.off()) or bindery dev "
          + "--limits=off.");
    }
  }

  @Test
  void each_request_starts_a_new_chain() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(RECURSIVE)) {
      for (int i = 0; i < 3; i++) {
        assertThat(group.worker("recursive").call("sequential", 30)).isEqualTo(30);
      }
    }
  }
}
