package dev.bindery.runtime;

import static dev.bindery.runtime.CloneRecipes.recipe;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clone cases the properties found, pinned as examples (fixture: workers/clone). */
class CloneTests {

  static final Path DIR = Path.of("src/test/resources/workers/clone");
  static WorkerGroup group;

  @BeforeAll
  static void start() {
    group = WorkerGroup.fromConfigs(DIR.resolve("caller.jsonc"), DIR.resolve("callee.jsonc"));
  }

  @AfterAll
  static void stop() {
    group.close();
  }

  static Map<?, ?> sendAsArgument(Map<String, Object> recipe) {
    return (Map<?, ?>) group.worker("clone_caller").call("argument", recipe);
  }

  @Test
  void an_own_proto_key_arrives_as_an_own_property_not_as_the_prototype() {
    Map<String, Object> value = recipe("t", "obj", "entries", List.of(
        List.of("__proto__", recipe("t", "obj", "entries", List.of(List.of("x", recipe("t", "num", "v", 1), "plain"))),
            "plain")));

    Map<?, ?> r = sendAsArgument(value);

    assertThat(r.get("expected")).isEqualTo("0:{\"__proto__\": 1:{\"x\": 1}}");
    assertThat(r.get("calleeSaw")).isEqualTo(r.get("expected"));
    assertThat(r.get("echoed")).isEqualTo(r.get("expected"));
  }

  @Test
  void a_large_message_of_plain_data_arrives_equal_when_it_takes_the_json_path() {
    // More than 32 tokens of plain data cross as JSON text parsed natively by the receiver.
    List<String> keys = List.of("b", "a", "10", "2", "__proto__", "\uD800", "", "with space", "é", "0", "z", "y");
    List<Object> entries = new java.util.ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      Object v = i % 3 == 0 ? recipe("t", "str", "units", List.of(0xD800, 0x41, 0x0))
          : i % 3 == 1 ? recipe("t", "num", "v", i * 1.5e20)
          : recipe("t", "arr", "len", 2, "items", List.of(List.of(0, recipe("t", "bool", "v", true)),
              List.of(1, recipe("t", "null"))), "named", List.of());
      entries.add(List.of(keys.get(i), v, "plain"));
    }

    Map<?, ?> r = sendAsArgument(recipe("t", "obj", "entries", entries));

    assertThat(r.get("calleeSaw")).isEqualTo(r.get("expected"));
    assertThat(r.get("echoed")).isEqualTo(r.get("expected"));
    assertThat((String) r.get("expected")).startsWith("0:{\"0\": \"\\ud800A\\u0000\", \"2\": ");
  }

  @Test
  void an_own_proto_key_on_an_array_stays_a_named_property() {
    Map<String, Object> value = recipe("t", "arr", "len", 1, "items", List.of(), "named",
        List.of(List.of("__proto__", recipe("t", "ref", "k", 0), "plain")));

    Map<?, ?> r = sendAsArgument(value);

    assertThat(r.get("calleeSaw")).isEqualTo("0:[<hole>]{\"__proto__\": #0}").isEqualTo(r.get("expected"));
  }

  @Test
  void a_java_map_with_a_proto_key_arrives_as_an_own_property() {
    Object seen = group.worker("clone_callee").call("describe", Map.of("__proto__", 1));

    assertThat(seen).isEqualTo("0:{\"__proto__\": 1}");
  }

  @Test
  void a_plain_object_tagged_as_a_built_in_type_arrives_as_a_plain_object() {
    for (String tag : List.of("Date", "Map", "Error", "Promise", "Uint8Array", "WeakMap")) {
      Map<String, Object> value = recipe("t", "obj", "entries", List.of(List.of(tag, recipe("t", "undef"), "tag"),
          List.of("a", recipe("t", "num", "v", 1), "plain")));

      Map<?, ?> r = sendAsArgument(value);

      assertThat(r.get("calleeSaw")).as(tag).isEqualTo("0:{\"a\": 1}");
      assertThat(r.get("echoed")).as(tag).isEqualTo("0:{\"a\": 1}");
    }
  }

  @Test
  void a_class_instance_tagged_as_a_map_is_refused_by_its_class_name() {
    Map<String, Object> value = recipe("t", "unclonable", "kind", "taggedclass");

    Map<?, ?> r = (Map<?, ?>) group.worker("clone_caller").call("refusal", value);

    assertThat(r.get("argument")).isEqualTo("DOMException name=DataCloneError message=\"Could not serialize object of "
        + "type \\\"Gadget\\\". This type does not support serialization.\" code=25 remote=undefined");
  }

  @Test
  void a_date_whose_tag_says_otherwise_still_arrives_as_a_date() {
    Map<?, ?> r = sendAsArgument(recipe("t", "date", "ms", 0, "tag", "Widget"));

    assertThat(r.get("calleeSaw")).isEqualTo("0:Date(1970-01-01T00:00:00.000Z)");
  }

  @Test
  void java_cycles_and_shared_references_come_back_as_cycles_and_shared_references() {
    List<Object> cycle = new java.util.ArrayList<>();
    cycle.add(cycle);
    List<Object> shared = List.of("s");

    List<?> echoed = (List<?>) group.worker("clone_callee").call("echo", List.of(cycle, shared, shared));

    assertThat(echoed.get(0)).isInstanceOfSatisfying(List.class, l -> assertThat(l.get(0)).isSameAs(l));
    assertThat(echoed.get(1)).isSameAs(echoed.get(2)).isEqualTo(List.of("s"));
  }

  @Test
  void an_aggregate_error_value_arrives_as_an_error_with_its_message_and_cause() {
    Map<?, ?> r = sendAsArgument(recipe("t", "err", "ctor", "AggregateError", "message", "many",
        "cause", recipe("t", "num", "v", 7)));

    assertThat(r.get("expected")).isEqualTo("0:AggregateError(name=AggregateError message=\"many\" cause=7)");
    assertThat(r.get("calleeSaw")).isEqualTo("0:Error(name=Error message=\"many\" cause=7)");
    assertThat(r.get("echoed")).isEqualTo("0:Error(name=Error message=\"many\" cause=7)");
  }
}
