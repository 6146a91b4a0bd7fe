package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where TOML keys are declared by scanning the text, since the TOML parser keeps no
 * positions.
 *
 * <p>Best effort: {@code key = value} lines and {@code [table]} / {@code [[array]]} headers are
 * located exactly (line and column of the key); keys and elements inside inline tables and arrays
 * are found by searching forward from their parent; anything else falls back to the nearest
 * located parent, or to line 1, column 1.
 */
final class TomlLocator {

  private final Path file;
  private final String text;
  private final int[] lineStarts;
  private final Map<String, Integer> offsets = new HashMap<>();

  TomlLocator(Path file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
    scan();
  }

  /** Renders segments ({@code String} keys, {@code Integer} indexes) as {@code a.b[0].c}. */
  static String render(List<Object> segments) {
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  SourceLocation locate(List<Object> segments) {
    for (int n = segments.size(); n > 0; n--) {
      Integer offset = offsets.get(render(segments.subList(0, n)));
      if (offset != null) {
        int position = n == segments.size()
            ? offset : searchInline(offset, segments.subList(n, segments.size()));
        return toLocation(position);
      }
    }
    return new SourceLocation(file, 1, 1);
  }

  private void scan() {
    List<Object> table = List.of();
    Map<String, Integer> arrayCounts = new HashMap<>();
    String openMultiline = null;
    for (int line = 0; line < lineStarts.length; line++) {
      int start = lineStarts[line];
      int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
      String content = text.substring(start, end);
      if (openMultiline != null) {
        if (content.contains(openMultiline)) {
          openMultiline = null;
        }
        continue;
      }
      int indent = 0;
      while (indent < content.length() && Character.isWhitespace(content.charAt(indent))) {
        indent++;
      }
      if (indent == content.length() || content.charAt(indent) == '#') {
        continue;
      }
      if (content.startsWith("[[", indent)) {
        KeyParse header = parseKey(content, indent + 2);
        List<Object> element = withArrayIndexes(header.segments, arrayCounts);
        int index = arrayCounts.merge(render(element), 1, Integer::sum) - 1;
        element.add(index);
        table = element;
        record(table, start + header.firstKeyAt);
      } else if (content.charAt(indent) == '[') {
        KeyParse header = parseKey(content, indent + 1);
        table = withArrayIndexes(header.segments, arrayCounts);
        record(table, start + header.firstKeyAt);
      } else {
        KeyParse key = parseKey(content, indent);
        if (key.segments.isEmpty() || key.end >= content.length()
            || content.charAt(key.end) != '=') {
          continue;
        }
        List<Object> full = new ArrayList<>(table);
        full.addAll(key.segments);
        record(full, start + indent);
        openMultiline = opensMultiline(content.substring(key.end + 1));
      }
    }
  }

  /** {@code [services.props]} after {@code [[services]]} means the last element's props. */
  private static List<Object> withArrayIndexes(List<Object> keys, Map<String, Integer> counts) {
    List<Object> resolved = new ArrayList<>();
    for (Object key : keys) {
      resolved.add(key);
      Integer count = counts.get(render(resolved));
      if (count != null && resolved.size() < keys.size()) {
        resolved.add(count - 1);
      }
    }
    return resolved;
  }

  private void record(List<Object> segments, int offset) {
    for (int n = 1; n <= segments.size(); n++) {
      offsets.putIfAbsent(render(segments.subList(0, n)), offset);
    }
    offsets.put(render(segments), offset);
  }

  private static String opensMultiline(String value) {
    for (String delimiter : new String[] {"\"\"\"", "'''"}) {
      int first = value.indexOf(delimiter);
      if (first >= 0 && value.indexOf(delimiter, first + 3) < 0) {
        return delimiter;
      }
    }
    return null;
  }

  private record KeyParse(List<Object> segments, int firstKeyAt, int end) {}

  /** Parses a dotted key starting at {@code from}; {@code end} is just past trailing spaces. */
  private static KeyParse parseKey(String s, int from) {
    List<Object> segments = new ArrayList<>();
    int i = skipSpaces(s, from);
    int firstKeyAt = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      int keyEnd;
      if (c == '"' || c == '\'') {
        keyEnd = s.indexOf(c, i + 1);
        if (keyEnd < 0) {
          break;
        }
        segments.add(s.substring(i + 1, keyEnd));
        keyEnd++;
      } else {
        keyEnd = i;
        while (keyEnd < s.length() && isBareKeyChar(s.charAt(keyEnd))) {
          keyEnd++;
        }
        if (keyEnd == i) {
          break;
        }
        segments.add(s.substring(i, keyEnd));
      }
      i = skipSpaces(s, keyEnd);
      if (i < s.length() && s.charAt(i) == '.') {
        i = skipSpaces(s, i + 1);
      } else {
        break;
      }
    }
    return new KeyParse(segments, firstKeyAt, i);
  }

  private int searchInline(int from, List<Object> rest) {
    int equals = text.indexOf('=', from);
    int position = equals < 0 ? from : equals + 1;
    for (Object segment : rest) {
      int found = segment instanceof Integer index
          ? findElement(position, index) : findKey(position, (String) segment);
      if (found < 0) {
        return position;
      }
      position = found;
    }
    return position;
  }

  private int findKey(int from, String key) {
    Pattern pattern = Pattern.compile(
        "(?<![A-Za-z0-9_\"'-])([\"']?)" + Pattern.quote(key) + "\\1\\s*=");
    Matcher matcher = pattern.matcher(text);
    return matcher.find(from) ? matcher.start() : -1;
  }

  private int findElement(int from, int index) {
    int open = text.indexOf('[', from);
    if (open < 0) {
      return -1;
    }
    int depth = 0;
    int count = -1;
    boolean expecting = false;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (depth == 1 && expecting && !Character.isWhitespace(c) && c != ',' && c != '#'
          && c != ']') {
        expecting = false;
        if (++count == index) {
          return i;
        }
      }
      if (c == '"' || c == '\'') {
        int close = text.indexOf(c, i + 1);
        i = close < 0 ? text.length() : close;
      } else if (c == '#') {
        int newline = text.indexOf('\n', i);
        i = newline < 0 ? text.length() : newline;
      } else if (c == '[' || c == '{') {
        depth++;
        expecting = depth == 1;
      } else if (c == ']' || c == '}') {
        if (--depth == 0) {
          return -1;
        }
      } else if (c == ',' && depth == 1) {
        expecting = true;
      }
    }
    return -1;
  }

  private SourceLocation toLocation(int offset) {
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    return new SourceLocation(file, line + 1, offset - lineStarts[line] + 1);
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static boolean isBareKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$';
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
