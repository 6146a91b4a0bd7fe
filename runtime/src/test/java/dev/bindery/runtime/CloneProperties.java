package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Laws of structured clone across a real service binding: clone_caller builds a value from a
 * generated recipe and sends it to clone_callee; both render what they hold with the same
 * describe(), so "equal" means equal as workerd's clone defines it (README rules 16-18).
 */
class CloneProperties {

  static final Path DIR = Path.of("src/test/resources/workers/clone");
  static WorkerGroup group;
  static Worker caller;

  @BeforeContainer
  static void start() {
    group = WorkerGroup.fromConfigs(DIR.resolve("caller.jsonc"), DIR.resolve("callee.jsonc"));
    caller = group.worker("clone_caller");
  }

  @AfterContainer
  static void stop() {
    group.close();
  }

  @Provide
  Arbitrary<Map<String, Object>> values() {
    return CloneRecipes.value(3);
  }

  @Provide
  Arbitrary<Map<String, Object>> objects() {
    return CloneRecipes.objectValue(2);
  }

  @Provide
  Arbitrary<Map<String, Object>> unclonables() {
    return CloneRecipes.withOneUnclonable();
  }

  @Property(tries = 200)
  void an_accepted_argument_arrives_equal_and_echoes_back_equal(@ForAll("values") Map<String, Object> recipe) {
    Map<?, ?> r = (Map<?, ?>) caller.call("argument", recipe);

    assertThat(r.get("calleeSaw")).as("callee's view").isEqualTo(r.get("expected"));
    assertThat(r.get("echoed")).as("echoed back").isEqualTo(r.get("expected"));
    assertThat(r.get("senderAfter")).as("sender's value after sending").isEqualTo(r.get("expected"));
  }

  @Property(tries = 200)
  void an_accepted_return_value_arrives_equal(@ForAll("values") Map<String, Object> recipe) {
    Map<?, ?> r = (Map<?, ?>) caller.call("result", recipe);

    assertThat(r.get("received")).isEqualTo(r.get("expected"));
  }

  @Property(tries = 200)
  void sender_and_receiver_never_share_anything(@ForAll("values") Map<String, Object> recipe) {
    Map<?, ?> r = (Map<?, ?>) caller.call("isolation", recipe);

    assertThat(r.get("calleeKept")).as("callee's copy").isEqualTo(r.get("original"));
    assertThat(r.get("calleeKeptAfterSenderMutated")).as("callee's copy after the sender mutated its value")
        .isEqualTo(r.get("original"));
    assertThat(r.get("mineAfterCalleeMutated")).as("sender's value after the callee mutated its copy")
        .isEqualTo(r.get("mineMutated"));
    assertThat(r.get("calleeOwnAfterReceiverMutated")).as("callee's value after the caller mutated the result")
        .isEqualTo(r.get("calleeOwn"));
  }

  @Property(tries = 100)
  void identity_is_kept_within_one_message_and_not_across_messages(@ForAll("objects") Map<String, Object> recipe) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) caller.call("identity", recipe);

    assertThat(r).containsEntry("withinArgument", true).containsEntry("acrossArguments", false)
        .containsEntry("withinResult", true).containsEntry("acrossResults", false);
  }

  @Property(tries = 200)
  void unclonable_values_are_refused_with_workerds_data_clone_error(
      @ForAll("unclonables") Map<String, Object> recipe) {
    String message = CloneRecipes.expectedRefusal(recipe);
    String error = "DOMException name=DataCloneError message=" + jsonString(message) + " code=25";

    Map<?, ?> r = (Map<?, ?>) caller.call("refusal", recipe);

    assertThat(r.get("argument")).as("as an argument").isEqualTo(error + " remote=undefined");
    assertThat(r.get("result")).as("as a return value").isEqualTo(error + " remote=true");
  }

  @Provide
  Arbitrary<Object> javaValues() {
    return JavaCloneValues.value(3);
  }

  @Property(tries = 200)
  void a_java_value_echoed_by_a_worker_comes_back_equal(@ForAll("javaValues") Object value) {
    Object echoed = group.worker("clone_callee").call("echo", value);

    assertThat(JavaCloneValues.normalized(echoed)).isEqualTo(JavaCloneValues.normalized(value));
  }

  static String jsonString(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
