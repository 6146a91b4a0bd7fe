package dev.bindery.runtime.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaValuesRecordTests {

  record Item(String sku, int quantity, List<String> tags) {}

  static final class Plain {}

  @Test
  void a_record_crosses_as_a_plain_object_of_its_components() {
    Object back = JavaValues.decode(JavaValues.encode(new Item("a-1", 2, List.of("x"))));

    assertThat(back).isEqualTo(Map.of("sku", "a-1", "quantity", 2, "tags", List.of("x")));
    assertThat(List.<Object>copyOf(((Map<?, ?>) back).keySet())).containsExactly("sku", "quantity", "tags");
  }

  @Test
  void primitive_arrays_cross_as_arrays() {
    assertThat(JavaValues.decode(JavaValues.encode(new int[] {1, 2}))).isEqualTo(List.of(1, 2));
    assertThat(JavaValues.decode(JavaValues.encode(new double[] {0.5}))).isEqualTo(List.of(0.5));
  }

  @Test
  void a_plain_class_instance_still_fails_like_data_clone_error() {
    assertThatThrownBy(() -> JavaValues.encode(new Plain()))
        .isInstanceOf(JavaValues.NotCloneable.class)
        .hasMessage("Could not serialize object of type \"Plain\". This type does not support serialization.");
  }
}
