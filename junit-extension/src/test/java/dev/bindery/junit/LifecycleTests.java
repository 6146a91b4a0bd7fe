package dev.bindery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class LifecycleTests {

  static final List<Object> seen = new CopyOnWriteArrayList<>();

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class PerTest {
    @InjectGroup WorkerGroup group;

    @RepeatedTest(3)
    void test(CallJournal journal) {
      seen.add(group);
      group.fetch(WorkerRequest.get("http://localhost/"));
      assertThat(journal.all()).hasSize(1);
    }
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class PerClass {
    @InjectGroup static WorkerGroup group;

    @RepeatedTest(3)
    void test(CallJournal journal) {
      seen.add(group);
      group.fetch(WorkerRequest.get("http://localhost/"));
      assertThat(journal.all()).hasSize(1);
    }
  }

  @Test
  void an_instance_field_gets_a_fresh_group_for_each_test() {
    seen.clear();
    EngineRuns.run(PerTest.class).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    assertThat(seen).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void a_static_field_shares_one_group_and_the_journal_is_reset_between_tests() {
    seen.clear();
    EngineRuns.run(PerClass.class).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    assertThat(seen).hasSize(3).containsOnly(seen.get(0));
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class Parallel {
    @RepeatedTest(8)
    void test(WorkerGroup group, CallJournal journal) {
      seen.add(Thread.currentThread().getName());
      assertThat(group.fetch(WorkerRequest.get("http://localhost/sum?a=2&b=3")).bodyText()).isEqualTo("{\"sum\":5}");
      assertThat(journal.all()).hasSize(1);
    }
  }

  @Test
  void tests_run_in_parallel_each_with_its_own_group() {
    seen.clear();
    EngineExecutionResults results = EngineRuns.run(Parallel.class, Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"));

    results.testEvents().assertStatistics(s -> s.succeeded(8).failed(0));
    assertThat(seen.stream().distinct().count()).isGreaterThan(1);
  }
}
