package dev.bindery.samples.auth;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.InjectStub;
import dev.bindery.junit.ServiceStub;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * api alone: no config provides auth, so a Java stub answers api's AUTH binding to the Verifier
 * entrypoint. The team that owns api tests it without running (or waiting for) the auth worker.
 */
@WorkerTest("api/wrangler.jsonc")
class ApiWithStubbedAuthTests {

  @InjectStub("auth")
  ServiceStub auth;

  static WorkerRequest hello(String token) {
    return WorkerRequest.get("http://localhost/hello").withHeader("Authorization", "Bearer " + token);
  }

  @Test
  void greets_the_user_the_stubbed_verifier_names(WorkerGroup group) {
    // given
    auth.onCall("verify").withArgs("tok-test")
        .willReturn(Map.of("valid", true, "user", "stubbed-user", "roles", List.of("reader"), "checkedFor", "stub"));

    // when
    var response = group.fetch(hello("tok-test"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("hello stubbed-user (token checked by auth for stub)");
  }

  @Test
  void answers_401_with_the_reason_the_stubbed_verifier_gives(WorkerGroup group) {
    // given
    auth.onCall("verify").willReturn(Map.of("valid", false, "reason", "expired", "checkedFor", "stub"));

    // when
    var response = group.fetch(hello("tok-old"));

    // then
    assertThat(response).hasStatus(401).hasBodyText("401 expired");
  }

  @Test
  void calls_verify_on_the_verifier_entrypoint_through_its_auth_binding(WorkerGroup group, CallJournal journal) {
    // given
    auth.onCall("verify").willReturn(Map.of("valid", false, "reason", "unknown token", "checkedFor", "stub"));

    // when
    group.fetch(hello("tok-alice"));

    // then
    journal.verify(1, CallPattern.rpc("auth", "verify").withArgs("tok-alice").entrypoint("Verifier").from("api").via("AUTH"));
    assertThat(journal).hasSize(1);
  }
}
