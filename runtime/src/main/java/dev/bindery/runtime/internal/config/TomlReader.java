package dev.bindery.runtime.internal.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code wrangler.toml} with Jackson's TOML parser.
 *
 * <p>The parser keeps no positions, so each key's line and column come from {@link TomlLocator},
 * which scans the text (best effort: exact for keys and table headers, approximate inside inline
 * tables and arrays).
 */
final class TomlReader {

  private static final TomlMapper MAPPER = new TomlMapper();

  private final TomlLocator locator;

  private TomlReader(TomlLocator locator) {
    this.locator = locator;
  }

  static Node read(Path file, String text) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      SourceLocation at = location(file, e.getLocation());
      throw new ConfigException("Malformed TOML in " + at + ": " + JacksonMessages.clean(e)
          + ". Fix the syntax; see https://toml.io for the accepted forms.", at, e);
    } catch (JacksonException e) {
      throw new ConfigException("Malformed TOML in " + file + ": " + e.getOriginalMessage(),
          SourceLocation.of(file), e);
    }
    TomlReader reader = new TomlReader(new TomlLocator(file, text));
    if (tree == null || tree.isMissingNode()) {
      return Node.object("", new SourceLocation(file, 1, 1), Map.of());
    }
    return reader.convert(tree, new ArrayList<>(), new SourceLocation(file, 1, 1));
  }

  private Node convert(JsonNode node, List<Object> segments, SourceLocation at) {
    String path = TomlLocator.render(segments);
    if (node.isObject()) {
      Map<String, Node> fields = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        segments.add(entry.getKey());
        fields.put(entry.getKey(), convert(entry.getValue(), segments, locator.locate(segments)));
        segments.remove(segments.size() - 1);
      }
      return Node.object(path, at, fields);
    }
    if (node.isArray()) {
      List<Node> items = new ArrayList<>();
      for (JsonNode item : node) {
        segments.add(items.size());
        items.add(convert(item, segments, locator.locate(segments)));
        segments.remove(segments.size() - 1);
      }
      return Node.array(path, at, items);
    }
    if (node.isNumber()) {
      return Node.scalar(path, at, node.numberValue());
    }
    if (node.isBoolean()) {
      return Node.scalar(path, at, node.booleanValue());
    }
    if (node.isNull()) {
      return Node.scalar(path, at, null);
    }
    return Node.scalar(path, at, node.asText());
  }

  private static SourceLocation location(Path file, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, location.getLineNr(), Math.max(location.getColumnNr(), 0));
  }
}
