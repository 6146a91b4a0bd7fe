package dev.bindery.junit;

import static dev.bindery.junit.BinderyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.Worker;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;

@WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
class WorkerTestTests {

  @InjectWorker("worker_b")
  Worker workerB;

  @InjectWorker
  Worker entry;

  @InjectJournal
  CallJournal journal;

  @Test
  void the_entry_worker_reaches_the_real_callee_through_its_binding(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasStatus(200).hasBodyText("3");
    assertThat(journal).hasCall(1, CallPattern.rpc("worker_b", "add").withArgs(1, 2).from("worker_a").via("WORKER_B"));
  }

  @Test
  void workers_are_injected_by_name_and_the_first_config_is_the_entry_worker() {
    assertThat(entry.name()).isEqualTo("worker_a");
    assertThat(workerB.call("add", 40, 2)).isEqualTo(42);
  }

  @Test
  void parameters_get_the_same_group_as_fields(WorkerGroup group, @InjectWorker("worker_b") Worker b, CallJournal j) {
    assertThat(b.name()).isEqualTo(workerB.name());
    assertThat(j).isSameAs(journal);
    assertThat(group.workers()).extracting(Worker::name).containsExactly("worker_a", "worker_b");
  }

  @Test
  void json_bodies_compare_by_value(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/sum?a=2&b=5"))).hasJsonBody("{ \"sum\" : 7 }");
  }
}
