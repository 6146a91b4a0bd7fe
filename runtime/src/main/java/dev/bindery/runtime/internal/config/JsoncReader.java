package dev.bindery.runtime.internal.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code wrangler.jsonc} / {@code wrangler.json} (comments and trailing commas allowed) with
 * Jackson's streaming parser, keeping the line and column of every key.
 */
final class JsoncReader {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private final Path file;

  private JsoncReader(Path file) {
    this.file = file;
  }

  static Node read(Path file, String text) {
    return new JsoncReader(file).read(text);
  }

  private Node read(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ConfigException("Config file " + file + " is empty. Expected a JSON object, e.g. "
            + "{ \"name\": \"my-worker\", \"main\": \"src/index.js\" }", new SourceLocation(file, 1, 1));
      }
      if (first != JsonToken.START_OBJECT) {
        SourceLocation at = location(parser.currentTokenLocation());
        throw new ConfigException("Config file must contain a JSON object at " + at + ", but found "
            + describe(first) + ". Expected e.g. { \"name\": \"my-worker\", \"main\": \"src/index.js\" }",
            at);
      }
      Node root = readValue(parser, "", location(parser.currentTokenLocation()));
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        SourceLocation at = location(parser.currentTokenLocation());
        throw new ConfigException("Malformed JSON in " + at + ": unexpected " + describe(extra)
            + " after the end of the top-level object. Remove it, or move it inside the object.", at);
      }
      return root;
    } catch (StreamReadException e) {
      SourceLocation at = location(e.getLocation());
      throw new ConfigException("Malformed JSON in " + at + ": " + JacksonMessages.clean(e)
          + ". Fix the syntax; comments (// and /* */) and trailing commas are allowed.", at, e);
    } catch (IOException e) {
      throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage(),
          SourceLocation.of(file), e);
    }
  }

  private Node readValue(JsonParser parser, String path, SourceLocation at) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Node> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          SourceLocation keyAt = location(parser.currentTokenLocation());
          parser.nextToken();
          Node value = readValue(parser, Node.childPath(path, key), keyAt);
          Node previous = fields.put(key, value);
          if (previous != null) {
            throw new ConfigException("Duplicate key \"" + key + "\" at " + keyAt
                + " (first declared at " + previous.location() + "). Keep only one of them.", keyAt);
          }
        }
        return Node.object(path, at, fields);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          SourceLocation itemAt = location(parser.currentTokenLocation());
          items.add(readValue(parser, Node.indexPath(path, items.size()), itemAt));
        }
        return Node.array(path, at, items);
      case VALUE_STRING:
        return Node.scalar(path, at, parser.getText());
      case VALUE_NUMBER_INT:
        return Node.scalar(path, at, parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? (Number) parser.getDoubleValue() : (Number) parser.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return Node.scalar(path, at, parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Node.scalar(path, at, parser.getBooleanValue());
      default:
        return Node.scalar(path, at, null);
    }
  }

  private SourceLocation location(JsonLocation location) {
    if (location == null) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, Math.max(location.getLineNr(), 0),
        Math.max(location.getColumnNr(), 0));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "'" + token.asString() + "'";
    };
  }
}
