package dev.bindery.runtime;

import static dev.bindery.runtime.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerConfigValuesTests {

  @Test
  void maps_integral_numbers_to_long_and_others_to_double() {
    WorkerConfig config = WorkerConfig.load(fixture("values/numbers.jsonc"));

    assertThat(config.vars()).containsExactly(entry("SMALL", 7L), entry("WHOLE_FLOAT", 2L),
        entry("FRACTION", 0.25), entry("HUGE", 1.2345678901234568E29), entry("NEGATIVE", -12L));
  }

  @Test
  void accepts_a_bare_toml_date_as_compatibility_date() {
    WorkerConfig config = WorkerConfig.load(fixture("values/bare-date.toml"));

    assertThat(config.compatibilityDate()).isEqualTo("2024-09-23");
  }

  @Test
  void finds_binding_names_in_nested_wrangler_shapes() {
    Path file = fixture("values/bindings.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.unsupportedBindings()).extracting(UnsupportedBinding::describe)
        .containsExactly(
            "durable_objects (binding ROOMS) is not supported by Bindery yet",
            "queues (binding JOBS) is not supported by Bindery yet",
            "send_email (binding MAILER) is not supported by Bindery yet",
            "assets is not supported by Bindery yet");
  }

  @Test
  void notes_placement_keys_and_ignored_keys_without_local_effect() {
    Path file = fixture("values/bindings.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.notices()).containsExactly(
        "\"routes\" at " + file + ":9:3 is ignored: it has no effect when running locally",
        "placement.hint at " + file + ":8:35 is accepted; it has no effect when running locally",
        "placement.mode \"smart\" is accepted; Smart Placement has no effect when running "
            + "locally");
  }

  @Test
  void returns_unmodifiable_values() {
    WorkerConfig config = WorkerConfig.load(fixture("jsonc/wrangler.jsonc"));
    @SuppressWarnings("unchecked")
    Map<String, Object> limits = (Map<String, Object>) config.vars().get("LIMITS");
    @SuppressWarnings("unchecked")
    List<Object> tags = (List<Object>) limits.get("tags");

    assertThatThrownBy(() -> config.vars().put("X", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> limits.put("X", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tags.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> config.services().get(1).props().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void describes_unsupported_bindings_with_zero_one_or_many_names() {
    SourceLocation at = new SourceLocation(Path.of("wrangler.jsonc"), 3, 5);

    assertThat(new UnsupportedBinding("assets", List.of(), at).describe())
        .isEqualTo("assets is not supported by Bindery yet");
    assertThat(new UnsupportedBinding("kv_namespaces", List.of("KV"), at).describe())
        .isEqualTo("kv_namespaces (binding KV) is not supported by Bindery yet");
    assertThat(new UnsupportedBinding("r2_buckets", List.of("A", "B"), at).describe())
        .isEqualTo("r2_buckets (bindings A, B) is not supported by Bindery yet");
  }

  @Test
  void renders_source_location_as_file_line_column() {
    assertThat(new SourceLocation(Path.of("a", "wrangler.toml"), 12, 3))
        .hasToString(Path.of("a", "wrangler.toml") + ":12:3");
  }
}
