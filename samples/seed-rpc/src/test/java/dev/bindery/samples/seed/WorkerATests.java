package dev.bindery.samples.seed;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;

/** worker_a with the real worker_b behind its WORKER_B binding, as {@code bindery dev -c a -c b} runs them. */
@WorkerTest({"worker_a/wrangler.jsonc", "worker_b/wrangler.jsonc"})
class WorkerATests {

  @Test
  void answers_3_from_worker_b_over_rpc(WorkerGroup group) {
    // when
    var response = group.fetch(WorkerRequest.get("http://localhost/"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("3");
  }

  @Test
  void calls_add_on_worker_b_once_with_1_and_2(WorkerGroup group, CallJournal journal) {
    // when
    group.fetch(WorkerRequest.get("http://localhost/"));

    // then
    assertThat(journal).hasCall(1, CallPattern.rpc("worker_b", "add").withArgs(1, 2).from("worker_a").via("WORKER_B"));
  }

  @Test
  void forwards_http_requests_to_the_fetch_handler_of_worker_b(WorkerGroup group, CallJournal journal) {
    // when
    var response = group.fetch(WorkerRequest.get("http://localhost/http?a=1&b=2"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("3");
    assertThat(journal).hasCall(1, CallPattern.fetch("worker_b").withMethod("GET").withPath("/http"));
  }

  @Test
  void passes_the_answer_of_worker_b_through_when_it_refuses_a_request(WorkerGroup group) {
    // when
    var response = group.fetch(WorkerRequest.get("http://localhost/http"));

    // then
    assertThat(response).hasStatus(400).hasBodyText("pass two numbers: ?a=1&b=2");
  }
}
