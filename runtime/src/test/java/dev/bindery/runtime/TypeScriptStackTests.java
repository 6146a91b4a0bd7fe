package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/** Errors from a TypeScript worker name the TypeScript line, after the types swc removed. */
class TypeScriptStackTests {

  static final Path TS_STACK = Path.of("src/test/resources/workers/ts-stack/wrangler.jsonc");
  static final String INDEX_TS = TS_STACK.toAbsolutePath().getParent().resolve("index.ts").toString();
  static final Path CALLER = Path.of("src/test/resources/workers/ts-stack-caller/wrangler.jsonc");
  static final Path JS_STACK = Path.of("src/test/resources/workers/js-stack/wrangler.jsonc");
  static final String INDEX_JS = JS_STACK.toAbsolutePath().getParent().resolve("index.js").toString();

  @Test
  void an_error_from_a_call_names_the_typescript_line_it_was_thrown_on() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(TS_STACK)) {
      WorkerException e = catchThrowableOfType(WorkerException.class, () -> group.primary().call("charge", "o-7", -5));

      assertThat(e.jsClass()).isEqualTo("RangeError");
      assertThat(e.getMessage()).isEqualTo("RangeError: order o-7 has a negative total\n"
          + "  (worker \"ts-stack\", calling charge)\n"
          + "  at checkTotal (" + INDEX_TS + ":17:11)\n"
          + "  at Billing.charge (" + INDEX_TS + ":24:5)");
      assertThat(e.jsStackLines()).startsWith("RangeError: order o-7 has a negative total",
          "    at checkTotal (" + INDEX_TS + ":17:11)", "    at Billing.charge (" + INDEX_TS + ":24:5)");
    }
  }

  @Test
  void an_error_from_an_async_fetch_names_the_typescript_line() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(TS_STACK)) {
      WorkerException e = catchThrowableOfType(WorkerException.class,
          () -> group.fetch(WorkerRequest.get("http://localhost/?total=-1")));

      assertThat(e.getMessage()).startsWith("RangeError: order web has a negative total\n"
          + "  (worker \"ts-stack\", fetch GET http://localhost/?total=-1)\n"
          + "  at checkTotal (" + INDEX_TS + ":17:11)\n"
          + "  at Billing.fetch (" + INDEX_TS + ":31:5)");
    }
  }

  @Test
  void a_logged_error_prints_its_stack_at_the_typescript_lines() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(TS_STACK)) {
      group.primary().call("report", "sku-1");

      assertThat(group.primary().console()).singleElement().asString()
          .startsWith("error: failed: Error: no stock for sku-1\n    at Billing.report (" + INDEX_TS + ":36:28)");
    }
  }

  @Test
  void a_caller_in_js_sees_the_error_but_not_the_callees_stack() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(CALLER, TS_STACK)) {
      Object caught = group.primary().call("tryCharge");

      assertThat(caught).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
          .containsEntry("name", "RangeError")
          .containsEntry("message", "order o-7 has a negative total")
          .containsEntry("remote", true)
          .containsEntry("keys", List.of("remote"))
          .hasEntrySatisfying("stack", stack -> assertThat((String) stack).doesNotContain(INDEX_TS));
    }
  }

  @Test
  void the_call_journal_holds_the_callees_mapped_stack() {
    List<CallRecord> calls = new CopyOnWriteArrayList<>();
    try (WorkerGroup group = WorkerGroup.builder().configs(CALLER, TS_STACK).onCall(calls::add).build()) {
      WorkerException e = catchThrowableOfType(WorkerException.class, () -> group.primary().call("charge"));

      // the entry worker rethrew: its own stack, as workerd gives it
      assertThat(e.worker()).isEqualTo("ts-stack-caller");
      assertThat(e.jsStack()).doesNotContain(INDEX_TS);
      assertThat(calls).singleElement().satisfies(call -> assertThat(call.error().jsStackLines())
          .contains("    at checkTotal (" + INDEX_TS + ":17:11)", "    at Billing.charge (" + INDEX_TS + ":24:5)"));
    }
  }

  @Test
  void a_javascript_worker_keeps_its_own_lines() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(JS_STACK)) {
      WorkerException e = catchThrowableOfType(WorkerException.class, () -> group.primary().call("charge", "o-7", -5));

      assertThat(e.getMessage()).isEqualTo("RangeError: order o-7 has a negative total\n"
          + "  (worker \"js-stack\", calling charge)\n"
          + "  at checkTotal (" + INDEX_JS + ":7:11)\n"
          + "  at Billing.charge (" + INDEX_JS + ":13:5)");
      assertThat(e.jsStackLines()).contains("    at checkTotal (" + INDEX_JS + ":7:11)");
    }
  }
}
