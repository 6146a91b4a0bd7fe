package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuLimitTests {

  static final Path SPINNER = Path.of("src/test/resources/workers/spinner/wrangler.jsonc");

  static WorkerGroup spinner() {
    return WorkerGroup.builder().config(SPINNER)
        .limits(Limits.production().withCpuTime(Duration.ofMillis(300))).build();
  }

  @Test
  void a_method_that_never_yields_is_interrupted_and_the_group_keeps_working() {
    try (WorkerGroup group = spinner()) {
      WorkerException e = catchThrowableOfType(WorkerException.class, () -> group.worker("spinner").call("spin"));

      assertThat(e.jsMessage()).isEqualTo("Worker \"spinner\" exceeded the CPU time limit of 300 ms in \"spin\" and was "
          + "interrupted (Cloudflare ends such invocations with \"Worker exceeded CPU time limit\"). Raise it with "
          + "WorkerGroup.builder().limits(Limits.production().withCpuTime(...)).");
      assertThat(group.worker("spinner").call("add", 1, 2)).isEqualTo(3);
    }
  }

  @Test
  void a_fetch_handler_that_never_yields_is_interrupted() {
    try (WorkerGroup group = spinner()) {
      WorkerException e = catchThrowableOfType(WorkerException.class,
          () -> group.fetch(WorkerRequest.get("http://localhost/")));

      assertThat(e.jsMessage()).contains("exceeded the CPU time limit of 300 ms in its fetch handler");
    }
  }
}
