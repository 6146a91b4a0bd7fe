package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Messages that mix plain data, which Java's walker reads, with values core.js's serializer writes
 * (fixture: workers/walk): one numbering of objects across both, and the same values as either alone.
 */
class MixedMessageTests {

  static final Path DIR = Path.of("src/test/resources/workers/walk");
  static WorkerGroup group;
  static Worker caller;

  @BeforeAll
  static void start() {
    group = WorkerGroup.fromConfigs(DIR.resolve("caller.jsonc"), DIR.resolve("callee.jsonc"));
    caller = group.worker("walk_caller");
  }

  @AfterAll
  static void stop() {
    group.close();
  }

  @Test
  void a_plain_object_shared_with_a_map_stays_one_object() {
    assertThat(caller.call("sharedAcrossKinds")).isEqualTo(true);
    assertThat(caller.call("mapFirst")).isEqualTo(true);
  }

  @Test
  void a_wrapper_object_sent_twice_stays_one_object() {
    assertThat(caller.call("sameWrapper")).isEqualTo(true);
  }

  @Test
  void bigints_negative_zero_holes_named_array_keys_and_wrappers_arrive_as_sent() {
    assertThat(caller.call("types")).isEqualTo(List.of("bigint", "1", "bigint", "1180591620717411303424", true, true,
        6, true, true, false, "extra", true, "boxed"));
  }

  @Test
  void getters_run_once_at_send_time() {
    assertThat(caller.call("gettersRunOnce")).isEqualTo(List.of(2, "{\"g\":{\"nested\":true},\"list\":[{\"h\":1}]}"));
  }

  @Test
  void what_a_getter_throws_rejects_the_call_as_it_was_thrown() {
    assertThat(caller.call("throwingGetters")).isEqualTo(List.of("the getter's own value", "the getter's own value"));
  }

  @Test
  void an_object_whose_prototype_is_another_object_is_refused_as_workerd_refuses_it() {
    assertThat(caller.call("inheritedPrototype")).isEqualTo(
        "DataCloneError: Could not serialize object of type \"Object\". This type does not support serialization.");
  }

  @Test
  void a_result_of_plain_data_arrives_equal() {
    assertThat(caller.call("resultWalked")).isEqualTo(List.of("{\"list\":[1,\"two\",null,true,{\"deep\":[[]]}],\"n\":0}", true));
  }

  @Test
  void a_stub_forwarded_by_a_walk_that_gave_up_is_not_held_twice() {
    // The walk's handle on the stub is let go with the walk: once the callee and the caller let go
    // of theirs, the object's disposer runs.
    assertThat(caller.call("disposerAfterGiveUp")).isEqualTo(List.of("function", 1));
  }

  @Test
  void stubs_exported_by_a_walk_that_gave_up_do_not_keep_their_owner_alive() {
    assertThat(caller.call("exportsAfterGiveUp")).isEqualTo(List.of());
  }
}
