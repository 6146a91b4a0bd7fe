package dev.bindery.runtime.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ConfigKeysTests {

  private static final List<String> ALL = Stream.of(ConfigKeys.SUPPORTED,
      ConfigKeys.UNSUPPORTED_BINDINGS, ConfigKeys.IGNORED).flatMap(Set::stream).toList();

  @Test
  void suggests_keys_for_typos_transpositions_and_case() {
    assertThat(ConfigKeys.suggest("servicess", ALL)).contains("services");
    assertThat(ConfigKeys.suggest("mian", ALL)).contains("main");
    assertThat(ConfigKeys.suggest("Compatibility_Flags", ALL)).contains("compatibility_flags");
    assertThat(ConfigKeys.suggest("kv_namespace", ALL)).contains("kv_namespaces");
  }

  @Test
  void suggests_nothing_for_unrelated_keys() {
    assertThat(ConfigKeys.suggest("banana", ALL)).isEmpty();
    assertThat(ConfigKeys.suggest("x", ALL)).isEmpty();
  }

  @Test
  void keeps_the_key_groups_disjoint() {
    assertThat(ConfigKeys.SUPPORTED).doesNotContainAnyElementsOf(ConfigKeys.UNSUPPORTED_BINDINGS)
        .doesNotContainAnyElementsOf(ConfigKeys.IGNORED);
    assertThat(ConfigKeys.UNSUPPORTED_BINDINGS).doesNotContainAnyElementsOf(ConfigKeys.IGNORED);
  }

  @Property(tries = 200)
  void edit_distance_is_a_symmetric_measure_that_is_zero_only_for_equal_strings(
      @ForAll @AlphaChars @StringLength(max = 12) String a,
      @ForAll @AlphaChars @StringLength(max = 12) String b) {
    assertThat(EditDistance.between(a, b)).isEqualTo(EditDistance.between(b, a));
    assertThat(EditDistance.between(a, b) == 0).isEqualTo(a.equals(b));
    assertThat(EditDistance.between(a, b)).isLessThanOrEqualTo(Math.max(a.length(), b.length()));
  }

  @Property(tries = 200)
  void integral_doubles_in_long_range_become_longs(@ForAll long value) {
    double asDouble = value;
    Object normalized = Node.normalizeNumber(asDouble);

    if (asDouble < 0x1p63) {
      assertThat(normalized).isEqualTo((long) asDouble);
    } else {
      assertThat(normalized).isEqualTo(asDouble);
    }
    assertThat(Node.normalizeNumber(value)).isEqualTo(value);
  }
}
