package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Worker code reaches nothing of the host beyond its bindings and the outbound fetch handler. */
class SandboxTests {

  @Test
  void the_usual_escapes_all_fail() {
    try (WorkerGroup group = WorkerGroup.fromConfigs(Path.of("src/test/resources/workers/broken/java-type/wrangler.jsonc"))) {
      String report = group.fetch(WorkerRequest.get("http://localhost/")).bodyText();

      assertThat(report).contains(
          "\"javaType\":\"blocked: ReferenceError\"",
          "\"polyglotEval\":\"blocked: ReferenceError\"",
          "\"load\":\"blocked: ReferenceError\"",
          "\"graal\":\"blocked: ReferenceError\"",
          "\"print\":\"blocked: ReferenceError\"",
          "\"require\":\"blocked: ReferenceError\"",
          "\"process\":\"blocked: ReferenceError\"",
          "\"evalFn\":\"blocked: EvalError\"",
          "\"newFunction\":\"blocked: EvalError\"",
          "\"dynamicImport\":\"blocked: ",
          "\"globals\":[]");
    }
  }
}
