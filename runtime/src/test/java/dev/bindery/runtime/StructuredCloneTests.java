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
  void refuses_what_cannot_be_cloned_with_the_data_clone_error_texts() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(WORKER)) {
      assertThat((java.util.List<Object>) group.worker("clone-local").call("refusals")).containsExactly(
          "DataCloneError: () => 1 could not be cloned.",
          "DataCloneError: Could not serialize object of type \"Point\". This type does not support serialization.",
          "DataCloneError: Could not serialize object of type \"T\". This type does not support serialization.",
          "DataCloneError: Symbol(s) could not be cloned.",
          "TypeError: Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': 1 argument required, but only "
              + "0 present.");
    }
  }
}
