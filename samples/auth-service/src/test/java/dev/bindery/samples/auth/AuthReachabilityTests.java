package dev.bindery.samples.auth;

import static dev.bindery.junit.BinderyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.BindingStatus;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * auth is reachable only through the bindings declared for it, and each binding only reaches its
 * entrypoint: as with {@code wrangler dev -c api -c admin -c auth}, the group serves api alone.
 */
@WorkerTest({"api/wrangler.jsonc", "admin/wrangler.jsonc", "auth/wrangler.jsonc"})
class AuthReachabilityTests {

  @Test
  void the_group_serves_api_as_its_entry_worker(WorkerGroup group) {
    assertThat(group.primary().name()).isEqualTo("api");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/verify", "/revoke/tok-alice", "/auth"})
  void a_request_to_the_group_never_reaches_auth_directly(String path, WorkerGroup group, CallJournal journal) {
    // when
    var response = group.fetch(WorkerRequest.get("http://localhost" + path));

    // then: api answered, and no call went to auth
    assertThat(response).hasStatus(404).hasBodyText("api has no route " + path);
    assertThat(journal).hasSize(0);
  }

  @Test
  void auth_answers_404_to_any_request_routed_to_it(WorkerGroup group) {
    assertThat(group.worker("auth").fetch(WorkerRequest.get("http://localhost/"))).hasStatus(404).hasBodyText("");
  }

  @Test
  void each_binding_names_its_own_entrypoint_of_auth(WorkerGroup group) {
    assertThat(group.bindings()).extracting(BindingStatus::toString).containsExactly(
        "api: env.AUTH (auth#Verifier) [connected]",
        "admin: env.VERIFIER (auth#Verifier) [connected]",
        "admin: env.AUTH_ADMIN (auth#Admin) [connected]");
  }

  @Test
  void admin_reaches_the_admin_entrypoint_through_its_binding(WorkerGroup group, CallJournal journal) {
    // when
    var response = group.worker("admin").fetch(WorkerRequest.of("POST", "http://localhost/revoke", "tok-alice")
        .withHeader("Authorization", "Bearer tok-root"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("revoked tok-alice (by admin)");
    assertThat(journal).hasCall(1, CallPattern.rpc("auth", "revoke").entrypoint("Admin").from("admin"));
  }

  @Test
  void api_cannot_call_an_admin_method_through_its_verifier_binding(WorkerGroup group, CallJournal journal) {
    // when
    var response = group.fetch(WorkerRequest.get("http://localhost/revoke").withHeader("Authorization", "Bearer tok-alice"));

    // then
    assertThat(response).hasStatus(403).hasBodyText("403 The RPC receiver does not implement the method \"revoke\".");
    assertThat(journal.calls(CallPattern.rpc("auth", "revoke").entrypoint("Verifier").from("api")))
        .singleElement()
        .satisfies(call -> assertThat(call.error()).hasJsClass("TypeError")
            .hasJsMessage("The RPC receiver does not implement the method \"revoke\"."));
    assertThat(group.fetch(WorkerRequest.get("http://localhost/hello").withHeader("Authorization", "Bearer tok-alice")))
        .hasStatus(200);
  }
}
