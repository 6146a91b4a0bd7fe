package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ServiceHandlerTests {

  @Test
  void a_java_handler_answers_rpc_calls_and_every_call_is_recorded() {
    List<CallRecord> calls = new CopyOnWriteArrayList<>();
    try (WorkerGroup group = WorkerGroup.builder()
        .config(SeedTests.seed("js", "a/wrangler.jsonc"))
        .service("worker_b", call -> ((Integer) call.args().get(0)) * 100 + (Integer) call.args().get(1))
        .onCall(calls::add)
        .build()) {
      WorkerResponse response = group.fetch(WorkerRequest.get("http://localhost/"));

      assertThat(response.bodyText()).isEqualTo("102");
      assertThat(calls).singleElement().satisfies(c -> {
        assertThat(c.call().caller()).isEqualTo("worker_a");
        assertThat(c.call().binding()).isEqualTo("WORKER_B");
        assertThat(c.call().method()).isEqualTo("add");
        assertThat(c.call().args()).containsExactly(1, 2);
        assertThat(c.result()).isEqualTo(102);
      });
    }
  }

  @Test
  void a_slow_java_handler_is_awaited_not_taken_for_a_hang() {
    try (WorkerGroup group = WorkerGroup.builder()
        .config(SeedTests.seed("js", "a/wrangler.jsonc"))
        .service("worker_b", call -> java.util.concurrent.CompletableFuture.supplyAsync(() -> 7,
            java.util.concurrent.CompletableFuture.delayedExecutor(100, java.util.concurrent.TimeUnit.MILLISECONDS)))
        .build()) {
      assertThat(group.fetch(WorkerRequest.get("http://localhost/")).bodyText()).isEqualTo("7");
    }
  }

  @Test
  void a_js_error_thrown_by_a_handler_reaches_the_worker_with_its_class() {
    try (WorkerGroup group = WorkerGroup.builder()
        .config(SeedTests.seed("js", "a/wrangler.jsonc"))
        .service("worker_b", call -> {
          throw new JsError("RangeError", "too big");
        })
        .build()) {
      WorkerException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkerException.class,
          () -> group.fetch(WorkerRequest.get("http://localhost/")));

      assertThat(e.jsClass()).isEqualTo("RangeError");
      assertThat(e.jsMessage()).isEqualTo("too big");
    }
  }

  @Test
  void a_binding_to_a_service_that_is_not_loaded_names_the_binding_the_service_and_the_configs() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(SeedTests.seed("js", "a/wrangler.jsonc"))) {
      assertThat(group.bindings()).extracting(BindingStatus::describe)
          .containsExactly("env.WORKER_B (worker_b) [not connected]");

      WorkerException e = org.assertj.core.api.Assertions.catchThrowableOfType(WorkerException.class,
          () -> group.fetch(WorkerRequest.get("http://localhost/")));

      assertThat(e.jsMessage()).startsWith("Service binding \"WORKER_B\" of worker \"worker_a\" refers to service "
          + "\"worker_b\", which is not running in this group [not connected]. Loaded configs: ")
          .contains("seed/js/a/wrangler.jsonc (worker_a)")
          .endsWith("Start the group with the config of \"worker_b\" too, or stub the binding.");
    }
  }
}
