package dev.bindery.runtime.internal.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.runtime.internal.module.SourceMap.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the map swc writes for {@code sourcemaps/pricing.ts}: its interfaces, type alias and blank
 * lines vanish from the output, so generated line 1 is original line 9. Positions checked by hand
 * against the transpiled code (asserted below so that a change in swc's output shows up here first).
 */
class SourceMapTests {

  static final Path PRICING = Path.of("src/test/resources/sourcemaps/pricing.ts").toAbsolutePath();
  static SourceMap map;

  @BeforeAll
  static void transpile() throws IOException {
    String code = new String(ModuleSources.shared().read(PRICING), StandardCharsets.UTF_8);
    assertThat(code.lines().toList()).containsExactly(
        "export function total(lines, discount) {",
        "  const sum = lines.reduce((acc, l)=>acc + l.cents, 0);",
        "  if (discount && discount.percent > 100) {",
        "    throw new RangeError(\"discount above 100%\");",
        "  }",
        "  return discount ? sum - sum * discount.percent / 100 : sum;",
        "}");
    map = SourceMap.parse(ModuleSources.shared().sourceMap(PRICING));
  }

  @Test
  void names_the_typescript_file_as_its_source() {
    assertThat(map.sources()).containsExactly(PRICING.toUri().toString());
  }

  @Test
  void maps_the_first_generated_line_past_the_removed_types() {
    assertThat(map.original(1, 1)).contains(new Position(PRICING.toUri().toString(), 9, 1));
    assertThat(map.original(1, 17)).map(Position::line).contains(9);
    assertThat(map.original(1, 17)).map(Position::column).contains(17);
  }

  @Test
  void maps_a_throw_to_its_original_line_and_column() {
    assertThat(map.original(4, 5)).map(p -> p.line() + ":" + p.column()).contains("13:5");
    assertThat(map.original(4, 11)).map(p -> p.line() + ":" + p.column()).contains("13:11");
    assertThat(map.original(4, 15)).map(p -> p.line() + ":" + p.column()).contains("13:15");
  }

  @Test
  void maps_lines_after_a_removed_blank_line() {
    assertThat(map.original(2, 3)).map(p -> p.line() + ":" + p.column()).contains("10:3");
    assertThat(map.original(3, 7)).map(p -> p.line() + ":" + p.column()).contains("12:7");
    assertThat(map.original(6, 3)).map(p -> p.line() + ":" + p.column()).contains("15:3");
    assertThat(map.original(7, 1)).map(p -> p.line() + ":" + p.column()).contains("16:1");
  }

  @Test
  void a_column_inside_a_segment_maps_to_the_segment_start() {
    // "RangeError" spans generated columns 15-24; its segment starts at 15
    assertThat(map.original(4, 20)).map(p -> p.line() + ":" + p.column()).contains("13:15");
  }

  @Test
  void a_column_before_the_first_segment_maps_to_the_first_segment_of_the_line() {
    assertThat(map.original(4, 1)).map(p -> p.line() + ":" + p.column()).contains("13:5");
  }

  @Test
  void a_line_outside_the_map_has_no_original_position() {
    assertThat(map.original(8, 1)).isEmpty();
    assertThat(map.original(0, 1)).isEmpty();
  }

  @Test
  void decodes_negative_and_multi_digit_deltas() {
    // line 1: col 0 -> 0:0; col 16 ("gB" = 16) -> line 20 ("oB" = +20), col 3 ("G" = +3)
    // line 2: col 2 -> back to line 19 ("D" = -1), col 0 ("H" = -3)
    SourceMap m = SourceMap.parse("{\"version\":3,\"sources\":[\"a.ts\"],\"mappings\":\"AAAA,gBAoBG;EADH\"}");

    assertThat(m.original(1, 1)).contains(new Position("a.ts", 1, 1));
    assertThat(m.original(1, 17)).contains(new Position("a.ts", 21, 4));
    assertThat(m.original(2, 3)).contains(new Position("a.ts", 20, 1));
  }

  @Test
  void a_segment_without_a_source_maps_nothing_but_keeps_its_column() {
    SourceMap m = SourceMap.parse("{\"version\":3,\"sources\":[\"a.ts\"],\"mappings\":\"E,EAAE\"}");

    assertThat(m.original(1, 5)).contains(new Position("a.ts", 1, 3));
    assertThat(m.original(1, 1)).contains(new Position("a.ts", 1, 3));
  }

  @Test
  void refuses_what_is_not_a_v3_map() {
    for (String bad : List.of("not json", "{\"version\":2,\"mappings\":\"\"}", "{\"version\":3}",
        "{\"version\":3,\"mappings\":\"A*AA\"}", "{\"version\":3,\"mappings\":\"AA\"}", "{\"version\":3,\"mappings\":\"g\"}")) {
      assertThatThrownBy(() -> SourceMap.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
