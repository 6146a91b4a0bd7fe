package dev.bindery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.junit.internal.WorkerDiagnostics;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;

class DiagnosticsTests {

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class Crashing {
    @Test
    void test(WorkerGroup group) {
      group.fetch(WorkerRequest.get("http://localhost/"));
      group.worker("worker_b").call("add", 13, 1);
    }
  }

  @Test
  void a_failed_test_shows_the_js_error_each_workers_console_and_the_calls() {
    Throwable failure = EngineRuns.onlyFailure(Crashing.class);

    assertThat(failure).isInstanceOf(WorkerException.class);
    assertThat(failure.getSuppressed()).singleElement().isInstanceOf(WorkerDiagnostics.class);
    assertThat(failure.getSuppressed()[0].getMessage())
        .startsWith("Workers in this test:\n  JS error from worker \"worker_b\": TypeError: 13 is unlucky")
        .contains("\n  console of worker_a:\n      adding 1 and 2\n  console of worker_b: (nothing)\n"
            + "  cross-worker calls: \n      1. worker_a -> env.WORKER_B (worker_b).add(1, 2) = 3");
  }
}
