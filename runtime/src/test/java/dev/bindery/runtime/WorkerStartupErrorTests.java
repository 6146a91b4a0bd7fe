package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a user sees when a worker cannot start: what failed, where, and how to fix it. */
class WorkerStartupErrorTests {

  static Path broken(String name) {
    return Path.of("src/test/resources/workers/broken", name, "wrangler.jsonc");
  }

  static WorkerException startFailure(String name) {
    return catchThrowableOfType(WorkerException.class, () -> WorkerGroup.fromConfigs(broken(name)).close());
  }

  @Test
  void a_syntax_error_names_the_file_line_and_column() {
    WorkerException e = startFailure("syntax");

    assertThat(e.jsClass()).isEqualTo("SyntaxError");
    assertThat(e.getMessage())
        .startsWith("Worker \"syntax\" failed to start: SyntaxError: ")
        .contains(broken("syntax").toAbsolutePath().getParent().resolve("index.js") + ":3:")
        .contains("fix the syntax error at the file:line:column above");
  }

  @Test
  void a_typescript_syntax_error_names_the_ts_file_line_and_column() {
    WorkerException e = startFailure("ts-syntax");

    assertThat(e.getMessage())
        .startsWith("Worker \"ts-syntax\" failed to start: ")
        .contains(broken("ts-syntax").toAbsolutePath().getParent().resolve("index.ts") + ":3:");
  }

  @Test
  void an_import_of_a_missing_module_names_the_module() {
    WorkerException e = startFailure("missing-import");

    assertThat(e.getMessage())
        .startsWith("Worker \"missing-import\" failed to start: ")
        .contains("helpers.js")
        .contains("check the import path: relative imports resolve against the importing file, bare names against "
            + "node_modules");
  }

  @Test
  void a_throw_at_top_level_reports_the_error_and_where_it_was_thrown() {
    WorkerException e = startFailure("top-level-throw");

    assertThat(e.jsClass()).isEqualTo("Error");
    assertThat(e.jsMessage()).isEqualTo("API_KEY is not configured");
    assertThat(e.getMessage())
        .startsWith("Worker \"top-level-throw\" failed to start: Error: API_KEY is not configured")
        .contains("the error was thrown while the module's top-level code ran")
        .contains("index.js:3");
  }

  @Test
  void a_throw_at_top_level_of_a_typescript_module_names_the_typescript_line() {
    WorkerException e = startFailure("ts-top-level-throw");

    String ts = broken("ts-top-level-throw").toAbsolutePath().getParent().resolve("index.ts").toString();
    assertThat(e.getMessage())
        .startsWith("Worker \"ts-top-level-throw\" failed to start: Error: API_KEY is not configured")
        .contains("\n  at " + ts + ":13:9");
    assertThat(e.jsStackLines()).contains("    at " + ts + ":13:9");
  }

  @Test
  void an_import_from_outside_the_worker_folder_is_refused() {
    WorkerException e = startFailure("escape-import");

    assertThat(e.getMessage())
        .startsWith("Worker \"escape-import\" failed to start: ")
        .contains("outside the worker's folder")
        .contains("workers may import only files inside their own folder and packages from node_modules");
  }
}
