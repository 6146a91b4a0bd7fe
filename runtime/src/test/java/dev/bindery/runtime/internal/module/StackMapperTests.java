package dev.bindery.runtime.internal.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stack text of a transpiled file, moved to the TypeScript lines (see {@link SourceMapTests} for the map). */
class StackMapperTests {

  static final Path PRICING = SourceMapTests.PRICING;
  static final String TS = PRICING.toString();
  static StackMapper mapper;

  @BeforeAll
  static void transpile() throws IOException {
    ModuleSources.shared().read(PRICING);
    mapper = StackMapper.of(ModuleSources.shared());
  }

  @Test
  void maps_a_named_frame_to_the_original_line_and_column() {
    assertThat(mapper.mapFrame("    at total (" + TS + ":4:11)")).isEqualTo("    at total (" + TS + ":13:11)");
  }

  @Test
  void maps_an_anonymous_frame_without_parentheses() {
    assertThat(mapper.mapFrame("    at " + TS + ":4:5")).isEqualTo("    at " + TS + ":13:5");
  }

  @Test
  void maps_async_and_constructor_frames() {
    assertThat(mapper.mapFrame("    at async total (" + TS + ":6:3)")).isEqualTo("    at async total (" + TS + ":15:3)");
    assertThat(mapper.mapFrame("    at new Pricing (" + TS + ":2:3)")).isEqualTo("    at new Pricing (" + TS + ":10:3)");
  }

  @Test
  void rewrites_every_frame_of_a_stack_and_keeps_the_other_lines() {
    String stack = "RangeError: discount above 100%\n"
        + "    at total (" + TS + ":4:11)\n"
        + "    at callRpc (bindery:core.js:790:20)\n"
        + "    at checkout (/app/src/cart.js:7:3)\n"
        + "    at <anonymous>\n";

    assertThat(mapper.map(stack)).isEqualTo("RangeError: discount above 100%\n"
        + "    at total (" + TS + ":13:11)\n"
        + "    at callRpc (bindery:core.js:790:20)\n"
        + "    at checkout (/app/src/cart.js:7:3)\n"
        + "    at <anonymous>\n");
  }

  @Test
  void leaves_frames_of_files_without_a_map_as_they_are() {
    String frame = "    at fetch (" + Path.of("src/test/resources/workers/ts-stack/unloaded.ts").toAbsolutePath() + ":3:9)";

    assertThat(mapper.mapFrame(frame)).isEqualTo(frame);
  }

  @Test
  void leaves_a_line_outside_the_map_as_it_is() {
    assertThat(mapper.mapFrame("    at " + TS + ":99:1")).isEqualTo("    at " + TS + ":99:1");
  }

  @Test
  void an_empty_stack_stays_empty() {
    assertThat(mapper.map("")).isEmpty();
    assertThat(mapper.map(null)).isEmpty();
  }

  @Test
  void says_so_when_a_map_cannot_be_read() {
    StackMapper broken = new StackMapper(p -> Optional.of(SourceMap.parse("{\"version\":3,\"mappings\":\"!\"}")));

    assertThat(broken.mapFrame("    at f (/app/a.ts:1:1)"))
        .startsWith("    at f (/app/a.ts:1:1) (source map unreadable: invalid base64 digit '!'");
  }

  @Test
  void user_frames_skip_bindery_scripts_and_stop_at_the_limit() {
    String stack = "Error: boom\n"
        + "    at a (/app/a.ts:1:1)\n"
        + "    at callRpc (bindery:core.js:790:20)\n"
        + "    at WorkerEntrypoint (/__bindery__/cloudflare/workers:3:1)\n"
        + "    at b (/app/a.ts:2:1)\n"
        + "    at c (/app/a.ts:3:1)\n";

    assertThat(StackMapper.userFrames(stack, 2)).containsExactly("at a (/app/a.ts:1:1)", "at b (/app/a.ts:2:1)");
  }
}
