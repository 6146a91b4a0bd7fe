package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The global structuredClone() inside a worker follows the same rules as values crossing a binding. */
@SuppressWarnings("unchecked")
class StructuredCloneTests {

  static final Path WORKER = Path.of("src/test/resources/workers/clone-local/wrangler.jsonc");

  @Test
  void copies_cycles_shared_references_holes_and_special_values() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(WORKER)) {
      assertThat((java.util.List<Object>) group.worker("clone-local").call("roundTrip"))
          .containsExactly(true, true, true, false, 0, "bigint", true);
    }
  }

  @Test
  void copies_class_instances_but_refuses_functions_rpc_targets_and_symbols_with_workerd_texts() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(WORKER)) {
      assertThat((java.util.List<Object>) group.worker("clone-local").call("refusals")).containsExactly(
          "DataCloneError: () => 1 could not be cloned.",
          "copied",
          "DataCloneError: Remote RPC references can only be serialized for RPC.",
          "DataCloneError: Symbol(s) could not be cloned.",
          "TypeError: Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type "
              + "'JsValue'.");
    }
  }
}
