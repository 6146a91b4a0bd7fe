package dev.bindery.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.Worker;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** Every misuse fails at the first callback with the message a user sees. */
class MisuseTests {

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class UnknownWorkerField {
    @InjectWorker("billing") Worker billing;

    @Test
    void test() {}
  }

  @Test
  void an_unknown_worker_name_lists_the_workers_of_the_group() {
    assertThat(EngineRuns.onlyFailure(UnknownWorkerField.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectWorker field [UnknownWorkerField.billing] names worker \"billing\", which is not in this "
            + "group. Workers: [worker_a, worker_b].");
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class UnknownWorkerParameter {
    @Test
    void test(@InjectWorker("billing") Worker billing) {}
  }

  @Test
  void an_unknown_worker_name_in_a_parameter_names_the_parameter_and_the_method() {
    assertThat(EngineRuns.onlyFailure(UnknownWorkerParameter.class))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("@InjectWorker parameter [billing] of [test] names worker \"billing\", which is not in this group. "
            + "Workers: [worker_a, worker_b].");
  }

  @WorkerTest("workers/nope/wrangler.jsonc")
  static class BadConfigPath {
    @Test
    void test() {}
  }

  @Test
  void a_bad_config_path_names_the_file_that_was_looked_for() {
    assertThat(EngineRuns.onlyFailure(BadConfigPath.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@WorkerTest config [workers/nope/wrangler.jsonc] was not found: neither the file "
            + Path.of("workers/nope/wrangler.jsonc").toAbsolutePath() + " nor a classpath resource exists. Use a path "
            + "relative to the project folder or to the classpath root. (test class [BadConfigPath])");
  }

  @WorkerTest("workers/seed/b/wrangler.jsonc")
  static class FinalField {
    @InjectWorker("worker_b") final Worker billing = null;

    @Test
    void test() {}
  }

  @Test
  void a_final_field_must_not_be_final() {
    assertThat(EngineRuns.onlyFailure(FinalField.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectWorker field [FinalField.billing] must not be final. Remove 'final' so it can be injected.");
  }

  @WorkerTest("workers/seed/b/wrangler.jsonc")
  static class WrongFieldType {
    @InjectGroup Worker group;

    @Test
    void test() {}
  }

  @Test
  void a_field_of_the_wrong_type_names_the_type_it_needs() {
    assertThat(EngineRuns.onlyFailure(WrongFieldType.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@InjectGroup field [WrongFieldType.group] must be of type dev.bindery.runtime.WorkerGroup, but is "
            + "dev.bindery.runtime.Worker.");
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class StubWithoutBinding {
    @InjectStub("billing") ServiceStub billing;

    @Test
    void test() {}
  }

  @Test
  void a_stub_for_a_binding_that_does_not_exist_lists_the_bindings() {
    assertThat(EngineRuns.onlyFailure(StubWithoutBinding.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("Stub for service \"billing\" matches no service binding in this group. Service bindings: "
            + "worker_a: env.WORKER_B (worker_b). Stub one of: [worker_b].");
  }

  @WorkerTest("workers/seed/a/wrangler.jsonc")
  static class UnmatchedStubCall {
    @InjectStub("worker_b") ServiceStub workerB;

    @Test
    void test(WorkerGroup group) {
      workerB.onCall("add").withArgs(2, 2).willReturn(4);
      workerB.onCall("sub").willReturn(0);
      group.fetch(WorkerRequest.get("http://localhost/caught"));
    }
  }

  @Test
  void a_call_no_stub_answers_fails_the_test_even_when_the_worker_catches_it() {
    assertThat(EngineRuns.onlyFailure(UnmatchedStubCall.class))
        .isInstanceOf(AssertionError.class)
        .hasMessage("No stub answers worker_a -> env.WORKER_B (worker_b).add(1, 2). Stubs for worker_b: "
            + "add(2, 2) -> returns 4; sub(any) -> returns 0. Add one with @InjectStub(\"worker_b\") ServiceStub s; "
            + "s.onCall(\"add\").willReturn(...).");
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  static class FailedVerification {
    @Test
    void test(WorkerGroup group, CallJournal journal) {
      group.fetch(WorkerRequest.get("http://localhost/"));
      journal.verify(CallPattern.rpc("worker_b", "add").withArgs(1, 3));
    }
  }

  @Test
  void a_failed_verification_shows_the_nearest_call() {
    assertThat(EngineRuns.onlyFailure(FailedVerification.class)).isInstanceOf(AssertionError.class)
        .hasMessage("""
            Expected at least one call matching
              * -> env.* (worker_b).add(1, 3)
            but found 0.
            Nearest recorded calls:
              worker_a -> env.WORKER_B (worker_b).add(1, 2) = 3
                  args: expected [1, 3] but was [1, 2]
            All recorded calls, in order:
              1. worker_a -> env.WORKER_B (worker_b).add(1, 2) = 3""");
  }

  @WorkerTest({"workers/seed/a/wrangler.jsonc", "workers/seed/b/wrangler.jsonc"})
  @WithVar(worker = "worker_z", name = "GREETING", value = "hi")
  static class OverrideForUnknownWorker {
    @Test
    void test(WorkerGroup group) {}
  }

  @Test
  void an_override_for_an_unknown_worker_lists_the_workers() {
    assertThat(EngineRuns.onlyFailure(OverrideForUnknownWorker.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("@WithVar names worker \"worker_z\", which is not in this group. Workers: [worker_a, worker_b].");
  }

  @WorkerTest
  static class NoConfigs {
    @Test
    void test(WorkerGroup group) {}
  }

  @Test
  void a_test_without_configs_says_how_to_name_one() {
    assertThat(EngineRuns.onlyFailure(NoConfigs.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage("no worker to run: name at least one wrangler config, as in "
            + "@WorkerTest(\"workers/a/wrangler.jsonc\") or BinderyExtension.newInstance().config(...).");
  }
}
