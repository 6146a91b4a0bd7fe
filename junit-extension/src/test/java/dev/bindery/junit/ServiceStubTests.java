package dev.bindery.junit;

import static dev.bindery.junit.BinderyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@WorkerTest("workers/seed/a/wrangler.jsonc")
class ServiceStubTests {

  record User(String name, Instant since) {}

  static final class Session {}

  @InjectStub("worker_b")
  ServiceStub workerB;

  @Test
  void a_binding_to_a_worker_that_is_not_loaded_is_answered_by_the_stub(WorkerGroup group) {
    workerB.onCall("add").withArgs(1, 2).willReturn(30);

    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("30");
  }

  @Test
  void an_answer_is_computed_from_the_arguments(WorkerGroup group) {
    workerB.onCall("add").willAnswer(args -> (Integer) args.get(0) * (Integer) args.get(1));

    assertThat(group.fetch(WorkerRequest.get("http://localhost/sum?a=6&b=7"))).hasJsonBody("{\"sum\": 42}");
  }

  @Test
  void the_newest_matching_answer_wins(WorkerGroup group) {
    workerB.onCall("add").willReturn(1);
    workerB.onCall("add").withArgs(1, 2).willReturn(2);

    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("2");
  }

  @Test
  void a_js_error_thrown_by_the_stub_reaches_the_worker_with_its_class(WorkerGroup group) {
    workerB.onCall("add").willThrow("RangeError", "too big");

    WorkerException e = catchThrowableOfType(WorkerException.class,
        () -> group.fetch(WorkerRequest.get("http://localhost/")));

    assertThat(e).hasJsClass("RangeError").hasJsMessage("too big");
  }

  @Test
  void a_delayed_answer_settles_later(WorkerGroup group) {
    workerB.onCall("add").delayedBy(Duration.ofMillis(50)).willReturn(5);

    long t0 = System.nanoTime();
    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasBodyText("5");
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
  }

  @Test
  void a_value_that_cannot_cross_fails_like_data_clone_error(WorkerGroup group) {
    workerB.onCall("add").willReturn(new Session());

    assertThat(group.fetch(WorkerRequest.get("http://localhost/caught")))
        .hasBodyText("caught Could not serialize object of type \"Session\". This type does not support serialization.");
  }

  @Test
  void records_and_instants_cross_as_plain_objects_and_dates(@InjectWorker("worker_a") dev.bindery.runtime.Worker a) {
    workerB.onCall("add").willReturn(new User("Ada", Instant.parse("2025-01-02T03:04:05Z")));

    assertThat(a.fetch(WorkerRequest.get("http://localhost/caught"))).hasBodyText("[object Object]");
  }

  @Test
  void the_journal_records_the_stubbed_call_with_its_result(WorkerGroup group, CallJournal journal) {
    workerB.onCall("add").willReturn(3);

    group.fetch(WorkerRequest.get("http://localhost/"));

    assertThat(journal).hasSize(1).hasCall(CallPattern.rpc("worker_b", "add").withArgs(1, 2).from("worker_a"));
    assertThat(journal.all().get(0).result()).isEqualTo(3);
  }
}
