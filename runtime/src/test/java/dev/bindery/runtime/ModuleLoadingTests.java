package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imports as wrangler's bundler resolves them. Fixture: resources/modules, a worker in app/ and a
 * small node_modules one folder above it; each package module exports a {@code value} naming the
 * file that was picked.
 */
class ModuleLoadingTests {

  static WorkerGroup group;
  static Worker worker;

  @BeforeAll
  static void start() {
    group = WorkerGroup.fromConfigs(Path.of("src/test/resources/modules/app/wrangler.jsonc"));
    worker = group.worker("modules");
  }

  @AfterAll
  static void stop() {
    group.close();
  }

  @Test
  void static_imports_of_json_typescript_and_a_package_work() {
    assertThat(worker.call("statics")).isEqualTo(Map.of(
        "data", Map.of("name", "data", "list", java.util.Arrays.asList(1, 2.5, null, true), "nested", Map.of("x", "y")),
        "sum", 5,
        "conditional", "cond-pkg:workerd"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "./util            | util.js",
      "./math            | math.ts",
      "./lib             | lib/index.js with lib/helper.js",
      "./esm.mjs         | esm.mjs",
      "./typed.mts       | typed.mts 1"})
  void relative_imports_find_the_file(String specifier, String file) {
    assertThat(worker.call("load", specifier)).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cond-pkg                | cond-pkg:workerd",
      "order-pkg               | order-pkg:import",
      "nested-pkg              | nested-pkg:import.default",
      "module-pkg              | module-pkg:module",
      "main-pkg                | main-pkg:main",
      "index-pkg               | index-pkg:index",
      "sub-pkg                 | sub-pkg:index",
      "sub-pkg/feature         | sub-pkg:feature",
      "sub-pkg/utils/strings   | sub-pkg:utils/strings",
      "legacy-pkg              | legacy-pkg:index",
      "legacy-pkg/lib/thing    | legacy-pkg:lib/thing",
      "legacy-pkg/lib/thing.js | legacy-pkg:lib/thing",
      "@scope/pkg              | @scope/pkg using module-pkg:module",
      "@scope/pkg/extra        | @scope/pkg/extra"})
  void bare_imports_resolve_in_node_modules_as_the_bundler_does(String specifier, String file) {
    assertThat(worker.call("load", specifier)).isEqualTo(file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sub-pkg/internal/secret", "sub-pkg/src/feature.js", "no-such-pkg"})
  void a_specifier_a_package_does_not_export_fails_to_import(String specifier) {
    WorkerException e = catchThrowableOfType(WorkerException.class, () -> worker.call("load", specifier));

    assertThat(e.jsMessage()).contains(specifier);
  }

  @Test
  void a_json_module_is_the_parsed_value() {
    assertThat(worker.call("json", "./data.json")).isEqualTo(Map.of(
        "keys", List.of("name", "list", "nested"), "proto", true,
        "data", Map.of("name", "data", "list", java.util.Arrays.asList(1, 2.5, null, true), "nested", Map.of("x", "y"))));
  }

  @Test
  void a_json_proto_key_is_an_own_property_as_json_parse_makes_it() {
    assertThat(worker.call("json", "./proto.json")).isEqualTo(Map.of(
        "keys", List.of("__proto__", "a"), "proto", true,
        "data", Map.of("__proto__", Map.of("polluted", true), "a", 1)));
  }

  @Test
  void a_json_file_may_repeat_a_proto_key() {
    assertThat(worker.call("json", "./duplicate-proto.json")).isEqualTo(Map.of(
        "keys", List.of("__proto__"), "proto", true, "data", Map.of("__proto__", 2)));
  }

  @Test
  void a_worker_folder_reached_through_a_symbolic_link_loads_its_own_modules(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws java.io.IOException {
    // As on macOS, where temporary folders live behind /var -> /private/var.
    Path app = java.nio.file.Files.createDirectories(tmp.resolve("real/app"));
    java.nio.file.Files.writeString(app.resolve("wrangler.jsonc"),
        "{ \"name\": \"linked\", \"main\": \"index.js\", \"compatibility_date\": \"2025-06-01\" }");
    java.nio.file.Files.writeString(app.resolve("lib.js"), "export const word = 'linked';");
    java.nio.file.Files.writeString(app.resolve("index.js"),
        "import { word } from './lib.js';\nexport default { fetch() { return new Response(word); } };");
    Path link = java.nio.file.Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));

    try (WorkerGroup linked = WorkerGroup.fromConfigs(link.resolve("app/wrangler.jsonc"))) {
      assertThat(linked.fetch(WorkerRequest.get("http://linked/")).bodyText()).isEqualTo("linked");
    }
  }
}
