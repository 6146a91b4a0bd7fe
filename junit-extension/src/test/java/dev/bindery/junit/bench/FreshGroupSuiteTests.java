package dev.bindery.junit.bench;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.RepeatedTest;

/** Benchmark suite: 200 tests, each with a fresh two-worker group; Surefire's time is the figure. */
@WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
class FreshGroupSuiteTests {

  @RepeatedTest(200)
  void the_entry_worker_answers_through_a_fresh_group(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("3");
  }
}
