package dev.bindery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** jqwik runs no Jupiter extensions: start a harness yourself, once per container, and close it. */
class AddPropertyTests {

  static WorkerHarness harness;

  @BeforeContainer
  static void start() {
    harness = BinderyExtension.newInstance()
        .config("workers/seed/a/wrangler.jsonc")
        .config("workers/seed/b/wrangler.jsonc")
        .start();
  }

  @AfterContainer
  static void stop() {
    harness.close();
  }

  @Property(tries = 200)
  void add_over_rpc_agrees_with_java(@ForAll @IntRange(min = -1_000_000, max = 1_000_000) int a,
      @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int b) {
    assertThat(harness.worker("worker_b").call("add", a == 13 ? 14 : a, b)).isEqualTo((a == 13 ? 14 : a) + b);
  }
}
