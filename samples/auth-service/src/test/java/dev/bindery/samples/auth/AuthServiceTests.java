package dev.bindery.samples.auth;

import static dev.bindery.junit.BinderyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** api and admin with the real auth worker behind their bindings: tokens checked, revoked, and props seen by auth. */
@WorkerTest({"api/wrangler.jsonc", "admin/wrangler.jsonc", "auth/wrangler.jsonc"})
class AuthServiceTests {

  static WorkerRequest hello(String token) {
    return WorkerRequest.get("http://localhost/hello").withHeader("Authorization", "Bearer " + token);
  }

  static WorkerRequest revoke(String adminToken, String token) {
    return WorkerRequest.of("POST", "http://localhost/revoke", token).withHeader("Authorization", "Bearer " + adminToken);
  }

  @Test
  void api_greets_the_user_of_a_valid_token(WorkerGroup group, CallJournal journal) {
    // when
    var response = group.fetch(hello("tok-alice"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("hello alice (token checked by auth for api)");
    assertThat(journal).hasCall(1, CallPattern.rpc("auth", "verify").withArgs("tok-alice")
        .entrypoint("Verifier").from("api").via("AUTH"));
  }

  @Test
  void api_refuses_an_unknown_token(WorkerGroup group) {
    // when
    var response = group.fetch(hello("tok-mallory"));

    // then
    assertThat(response).hasStatus(401).hasBodyText("401 unknown token");
  }

  @Test
  void admin_revokes_a_token_and_api_refuses_it_afterwards(WorkerGroup group, CallJournal journal) {
    // when
    var revoked = group.worker("admin").fetch(revoke("tok-root", "tok-alice"));

    // then
    assertThat(revoked).hasStatus(200).hasBodyText("revoked tok-alice (by admin)");
    assertThat(group.fetch(hello("tok-alice"))).hasStatus(401).hasBodyText("401 revoked");
    assertThat(journal).hasCall(1, CallPattern.rpc("auth", "revoke").withArgs("tok-alice")
        .entrypoint("Admin").from("admin").via("AUTH_ADMIN"));
    assertThat(group.worker("auth").console()).contains("admin revoked tok-alice");
  }

  @Test
  void admin_refuses_a_valid_token_without_the_admin_role(WorkerGroup group, CallJournal journal) {
    // when
    var response = group.worker("admin").fetch(revoke("tok-alice", "tok-root"));

    // then
    assertThat(response).hasStatus(403).hasBodyText("403 alice is not an admin");
    assertThat(journal).hasNoCall(CallPattern.rpc("auth", "revoke"));
  }

  @Test
  void admin_refuses_an_unknown_token(WorkerGroup group) {
    // when
    var response = group.worker("admin").fetch(revoke("tok-mallory", "tok-alice"));

    // then
    assertThat(response).hasStatus(401).hasBodyText("401 unknown token");
  }

  @Test
  void auth_sees_each_caller_in_the_props_of_its_binding(WorkerGroup group, CallJournal journal) {
    // when
    group.fetch(hello("tok-alice"));
    group.worker("admin").fetch(revoke("tok-root", "tok-nobody"));

    // then
    assertThat(journal.calls(CallPattern.rpc("auth", "verify")))
        .extracting(CallRecord::result)
        .extracting(verdict -> (Object) ((Map<?, ?>) verdict).get("checkedFor"))
        .containsExactly("api", "admin");
    assertThat(journal.all())
        .extracting(call -> call.call().binding() + " " + call.call().props())
        .containsExactly("AUTH {caller=api}", "VERIFIER {caller=admin}", "AUTH_ADMIN {caller=admin}");
  }
}
