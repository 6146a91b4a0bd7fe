package dev.bindery.runtime.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJsonTests {

  static String json(Object value) {
    return PlainJson.of(JavaValues.encode(value));
  }

  @Test
  void plain_data_becomes_the_json_text_of_the_value() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", 7);
    item.put("name", "seven \"quoted\" \u0000 \ud800");
    item.put("tags", List.of("a", "b"));
    item.put("ok", true);
    item.put("none", null);
    item.put("ratio", 0.25);
    item.put("big", 1e21);

    assertThat(json(item)).isEqualTo(
        "{\"id\":7,\"name\":\"seven \\\"quoted\\\" \\u0000 \ud800\",\"tags\":[\"a\",\"b\"],\"ok\":true,\"none\":null,"
            + "\"ratio\":0.25,\"big\":1.0E21}");
  }

  @Test
  void a_proto_key_is_written_as_an_ordinary_key() {
    assertThat(json(Map.of("__proto__", 1))).isEqualTo("{\"__proto__\":1}");
  }

  @Test
  void values_json_cannot_carry_exactly_are_left_to_the_token_decoder() {
    List<Object> shared = List.of(1);
    assertThat(json(Arrays.asList(shared, shared))).as("a shared reference").isNull();
    assertThat(json(List.of(-0.0))).as("negative zero").isNull();
    assertThat(json(List.of(Double.NaN))).as("NaN").isNull();
    assertThat(json(List.of(Double.POSITIVE_INFINITY))).as("Infinity").isNull();
    assertThat(json(List.of(new java.math.BigInteger("12")))).as("a BigInt").isNull();
    assertThat(json(List.of(java.time.Instant.EPOCH))).as("a Date").isNull();
  }

  @Test
  void holes_undefined_and_named_array_properties_are_not_plain() {
    Object[] hole = {JavaValues.ARR, 2, 1, "1", JavaValues.NUM, 1};
    Object[] named = {JavaValues.ARR, 1, 2, "0", JavaValues.NULL, "x", JavaValues.NULL};
    Object[] undefined = {JavaValues.ARR, 1, 1, "0", JavaValues.UNDEF};

    assertThat(PlainJson.of(hole)).isNull();
    assertThat(PlainJson.of(named)).isNull();
    assertThat(PlainJson.of(undefined)).isNull();
  }

  @Test
  void error_tokens_and_trailing_tokens_are_not_a_plain_value() {
    assertThat(PlainJson.of(new Object[] {"error", "Error", "Error", "boom"})).isNull();
    assertThat(PlainJson.of(new Object[] {JavaValues.NULL, JavaValues.NULL})).isNull();
    assertThat(PlainJson.of(new Object[] {})).isNull();
  }
}
