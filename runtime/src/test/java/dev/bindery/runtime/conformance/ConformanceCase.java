package dev.bindery.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One recorded case of {@code shared/conformance/cases}: configs, requests, and workerd's answers. */
record ConformanceCase(Path dir, List<Path> configs, List<JsonNode> requests, List<JsonNode> expect) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the shared cases live, if this checkout has them beside it. */
  static Path casesDir() {
    String override = System.getProperty("bindery.conformance.cases");
    if (override != null) {
      return Path.of(override);
    }
    return Path.of("..", "..", "shared", "conformance", "cases").toAbsolutePath().normalize();
  }

  String name() {
    return dir.getFileName().toString();
  }

  static List<ConformanceCase> all(Path casesDir) {
    try (Stream<Path> dirs = Files.list(casesDir)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("case.json"))).sorted().map(ConformanceCase::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConformanceCase load(Path dir) {
    try {
      JsonNode root = JSON.readTree(dir.resolve("case.json").toFile());
      List<Path> configs = new ArrayList<>();
      root.get("configs").forEach(c -> configs.add(dir.resolve(c.asText())));
      List<JsonNode> requests = new ArrayList<>();
      root.get("requests").forEach(requests::add);
      List<JsonNode> expect = new ArrayList<>();
      root.path("expect").forEach(expect::add);
      return new ConformanceCase(dir, configs, requests, expect);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
