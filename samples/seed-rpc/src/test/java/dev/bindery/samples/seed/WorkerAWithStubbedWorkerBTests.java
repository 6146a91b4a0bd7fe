package dev.bindery.samples.seed;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.InjectStub;
import dev.bindery.junit.ServiceStub;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;

/**
 * worker_a alone: no config provides worker_b, so a Java stub answers its WORKER_B binding. This is
 * how a team tests its worker before (or without) the worker it calls.
 */
@WorkerTest("worker_a/wrangler.jsonc")
class WorkerAWithStubbedWorkerBTests {

  @InjectStub("worker_b")
  ServiceStub workerB;

  @Test
  void answers_what_the_stubbed_add_returns(WorkerGroup group) {
    // given
    workerB.onCall("add").withArgs(1, 2).willReturn(42);

    // when
    var response = group.fetch(WorkerRequest.get("http://localhost/"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("42");
  }

  @Test
  void journal_shows_the_rpc_call_worker_a_made(WorkerGroup group, CallJournal journal) {
    // given
    workerB.onCall("add").willAnswer(args -> ((Number) args.get(0)).intValue() + ((Number) args.get(1)).intValue());

    // when
    group.fetch(WorkerRequest.get("http://localhost/"));

    // then
    journal.verify(1, CallPattern.rpc("worker_b", "add").withArgs(1, 2).from("worker_a").via("WORKER_B"));
    assertThat(journal).hasSize(1);
  }
}
