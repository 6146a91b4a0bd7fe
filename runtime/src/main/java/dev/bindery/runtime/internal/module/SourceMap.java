package dev.bindery.runtime.internal.module;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A parsed v3 source map (as swc writes it): for a line and column of generated code, the
 * position in the original source. Lines and columns are 1-based on both sides, as stacks print them.
 */
public final class SourceMap {

  /** A position in an original source; {@code source} is the map's name for it (swc: a file URL). */
  public record Position(String source, int line, int column) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int FIELDS = 4; // generated column, source index, original line, original column
  private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private final List<String> sources;
  // Per generated line (0-based), its segments that name a source, FIELDS ints each, by generated column.
  private final int[][] lines;

  private SourceMap(List<String> sources, int[][] lines) {
    this.sources = sources;
    this.lines = lines;
  }

  /** Parses a v3 source map; fails with {@link IllegalArgumentException} on anything else. */
  public static SourceMap parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("source map is not JSON: " + e.getMessage(), e);
    }
    if (root == null || root.path("version").asInt() != 3 || !root.path("mappings").isTextual()) {
      throw new IllegalArgumentException("not a v3 source map with \"mappings\"");
    }
    List<String> sources = new ArrayList<>();
    root.path("sources").forEach(s -> sources.add(s.asText()));
    return new SourceMap(List.copyOf(sources), decode(root.get("mappings").asText()));
  }

  /** The sources the map names, such as {@code file:///app/src/index.ts}. */
  public List<String> sources() {
    return sources;
  }

  /**
   * The original position of a generated one: the nearest mapped segment at or before the column
   * on that line (or the line's first segment when the column lies before it); empty when the
   * line maps to nothing.
   */
  public Optional<Position> original(int generatedLine, int generatedColumn) {
    if (generatedLine < 1 || generatedLine > lines.length || lines[generatedLine - 1].length == 0) {
      return Optional.empty();
    }
    int[] segs = lines[generatedLine - 1];
    int column = generatedColumn - 1;
    int lo = 0;
    int hi = segs.length / FIELDS - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (segs[mid * FIELDS] <= column) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    int at = found * FIELDS;
    int source = segs[at + 1];
    return Optional.of(new Position(source < sources.size() ? sources.get(source) : "", segs[at + 2] + 1,
        segs[at + 3] + 1));
  }

  private static int[][] decode(String mappings) {
    List<int[]> out = new ArrayList<>();
    int[] line = new int[16];
    int count = 0;
    int[] state = new int[5]; // column (reset per line), source, original line, original column, name
    int[] segment = new int[5];
    int i = 0;
    int n = mappings.length();
    while (i <= n) {
      char c = i < n ? mappings.charAt(i) : ';';
      if (c == ';' || c == ',') {
        i++;
        if (c == ';') {
          out.add(sortedByColumn(Arrays.copyOf(line, count)));
          count = 0;
          state[0] = 0;
        }
        continue;
      }
      int fields = 0;
      while (i < n && mappings.charAt(i) != ',' && mappings.charAt(i) != ';') {
        if (fields == 5) {
          throw new IllegalArgumentException("source map segment with more than 5 fields at " + i);
        }
        long value = 0;
        int shift = 0;
        int digit;
        do {
          if (i >= n) {
            throw new IllegalArgumentException("source map mappings end inside a number");
          }
          digit = BASE64.indexOf(mappings.charAt(i++));
          if (digit < 0) {
            throw new IllegalArgumentException("invalid base64 digit '" + mappings.charAt(i - 1) + "' in mappings");
          }
          value |= (long) (digit & 31) << shift;
          shift += 5;
        } while ((digit & 32) != 0);
        int magnitude = (int) (value >>> 1);
        segment[fields++] = (value & 1) == 1 ? -magnitude : magnitude;
      }
      if (fields != 1 && fields != 4 && fields != 5) {
        throw new IllegalArgumentException("source map segment with " + fields + " fields");
      }
      for (int f = 0; f < fields; f++) {
        state[f] += segment[f];
      }
      if (fields >= 4) {
        if (count + FIELDS > line.length) {
          line = Arrays.copyOf(line, line.length * 2);
        }
        System.arraycopy(state, 0, line, count, FIELDS);
        count += FIELDS;
      }
    }
    return out.toArray(new int[0][]);
  }

  private static int[] sortedByColumn(int[] segs) {
    for (int k = FIELDS; k < segs.length; k += FIELDS) {
      if (segs[k] < segs[k - FIELDS]) {
        Integer[] order = new Integer[segs.length / FIELDS];
        Arrays.setAll(order, x -> x);
        Arrays.sort(order, (a, b) -> Integer.compare(segs[a * FIELDS], segs[b * FIELDS]));
        int[] sorted = new int[segs.length];
        for (int s = 0; s < order.length; s++) {
          System.arraycopy(segs, order[s] * FIELDS, sorted, s * FIELDS, FIELDS);
        }
        return sorted;
      }
    }
    return segs;
  }
}
