package dev.bindery.junit;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OverrideTests {

  @RegisterExtension
  BinderyExtension bindery = BinderyExtension.newInstance()
      .config("workers/seed/a/wrangler.jsonc")
      .config("workers/seed/b/wrangler.jsonc")
      .jsWorker("multiplier", """
          import { WorkerEntrypoint } from "cloudflare:workers";
          export default class Multiplier extends WorkerEntrypoint {
            async add(a, b) { return a * b; }
          }
          """)
      .build();

  @Test
  void vars_come_from_the_config_by_default(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/greeting"))).hasBodyText("hello");
  }

  @Test
  @WithVar(worker = "worker_a", name = "GREETING", value = "bonjour")
  void a_var_is_overridden_for_one_test(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/greeting"))).hasBodyText("bonjour");
  }

  @Test
  @WithBinding(worker = "worker_a", binding = "WORKER_B", service = "multiplier")
  void a_binding_is_pointed_at_an_inline_javascript_worker_for_one_test(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/sum?a=6&b=7"))).hasJsonBody("{\"sum\": 42}");
  }

  @Test
  void the_real_binding_is_back_in_the_next_test(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/sum?a=6&b=7"))).hasJsonBody("{\"sum\": 13}");
  }
}
