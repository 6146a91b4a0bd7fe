package dev.bindery.junit.bench;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.junit.InjectGroup;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.RepeatedTest;

/** Benchmark suite: 200 tests sharing one two-worker group; Surefire's time is the figure. */
@WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
class SharedGroupSuiteTests {

  @InjectGroup
  static WorkerGroup group;

  @RepeatedTest(200)
  void the_entry_worker_answers_through_the_shared_group() {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("3");
  }
}
