package dev.bindery.runtime.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLocatorTests {

  private static final Path FILE = Path.of("wrangler.toml");

  private static final String TEXT = String.join("\n",
      "name = \"w\" # comment",
      "text = \"\"\"",
      "fake = \"inside a multi-line string\"",
      "\"\"\"",
      "  services = [ { binding = \"A\", service = \"a\" }, { binding = \"B\", service = \"b\" } ]",
      "placement.mode = \"smart\"",
      "[[env.staging.services]]",
      "binding = \"S\"",
      "[[env.staging.services]]",
      "'binding' = \"T\"",
      "[env.staging.services.props]",
      "tenant = \"acme\"",
      "");

  private final TomlLocator locator = new TomlLocator(FILE, TEXT);

  private SourceLocation at(Object... segments) {
    return locator.locate(List.of(segments));
  }

  @Test
  void locates_plain_and_dotted_keys() {
    assertThat(at("name")).isEqualTo(new SourceLocation(FILE, 1, 1));
    assertThat(at("placement", "mode")).isEqualTo(new SourceLocation(FILE, 6, 1));
    assertThat(at("placement")).isEqualTo(new SourceLocation(FILE, 6, 1));
  }

  @Test
  void skips_lines_inside_multi_line_strings() {
    assertThat(at("fake")).isEqualTo(new SourceLocation(FILE, 1, 1));
  }

  @Test
  void locates_elements_and_keys_of_inline_arrays() {
    assertThat(at("services")).isEqualTo(new SourceLocation(FILE, 5, 3));
    assertThat(at("services", 0)).isEqualTo(new SourceLocation(FILE, 5, 16));
    assertThat(at("services", 1)).isEqualTo(new SourceLocation(FILE, 5, 50));
    assertThat(at("services", 1, "service")).isEqualTo(new SourceLocation(FILE, 5, 67));
  }

  @Test
  void locates_array_of_tables_elements_and_their_sub_tables() {
    assertThat(at("env", "staging", "services", 0)).isEqualTo(new SourceLocation(FILE, 7, 3));
    assertThat(at("env", "staging", "services", 1, "binding"))
        .isEqualTo(new SourceLocation(FILE, 10, 1));
    assertThat(at("env", "staging", "services", 1, "props", "tenant"))
        .isEqualTo(new SourceLocation(FILE, 12, 1));
  }

  @Test
  void falls_back_to_the_start_of_the_file_for_unknown_keys() {
    assertThat(at("missing", "key")).isEqualTo(new SourceLocation(FILE, 1, 1));
  }
}
