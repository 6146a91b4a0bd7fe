package dev.bindery.runtime.internal.module;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites JS stack text so that frames in transpiled files name the original line and column:
 * {@code at fn (/app/src/index.ts:4:11)} becomes {@code at fn (/app/src/index.ts:17:11)}. The
 * path stays as it is (it already names the {@code .ts} file); frames without a map are kept.
 */
public final class StackMapper {

  // "    at fn (/abs/file.ts:12:5)", "    at async C.m (/abs/file.ts:12:5)", "    at /abs/file.ts:12:5"
  private static final Pattern FRAME = Pattern.compile("^(\\s*at (?:.*\\()?)(.+?):(\\d+):(\\d+)(\\)?\\s*)$");

  private final Function<Path, Optional<SourceMap>> maps;

  /** A mapper that looks maps up with {@code maps} (by absolute, normalized file path). */
  public StackMapper(Function<Path, Optional<SourceMap>> maps) {
    this.maps = maps;
  }

  /** A mapper over the maps of the files {@code sources} transpiled. */
  public static StackMapper of(ModuleSources sources) {
    return new StackMapper(sources::parsedSourceMap);
  }

  /** The stack with each frame in a mapped file moved to its original position. */
  public String map(String stack) {
    if (stack == null || stack.isEmpty()) {
      return stack == null ? "" : stack;
    }
    StringBuilder out = new StringBuilder(stack.length());
    int start = 0;
    while (start <= stack.length()) {
      int end = stack.indexOf('\n', start);
      String line = stack.substring(start, end < 0 ? stack.length() : end);
      out.append(mapFrame(line));
      if (end < 0) {
        break;
      }
      out.append('\n');
      start = end + 1;
    }
    return out.toString();
  }

  /** One stack line, mapped if it is a frame in a file with a source map. */
  public String mapFrame(String line) {
    Matcher m = FRAME.matcher(line);
    if (!m.matches()) {
      return line;
    }
    Path file;
    try {
      file = Path.of(m.group(2));
    } catch (InvalidPathException notAFile) {
      return line; // a frame in something that is no file (an engine-internal source): nothing to map
    }
    if (!file.isAbsolute()) {
      return line;
    }
    Optional<SourceMap> map;
    try {
      map = maps.apply(file.normalize());
    } catch (IllegalArgumentException unreadable) {
      return line + " (source map unreadable: " + unreadable.getMessage() + ")";
    }
    return map.flatMap(sm -> sm.original(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))))
        .map(p -> m.group(1) + m.group(2) + ":" + p.line() + ":" + p.column() + m.group(5))
        .orElse(line);
  }

  /**
   * The first {@code limit} frames of a stack that lie in the worker's own code (not in
   * Bindery's built-in scripts), trimmed, as a person reads them under an error message.
   */
  public static List<String> userFrames(String stack, int limit) {
    List<String> frames = new ArrayList<>();
    if (stack == null) {
      return frames;
    }
    for (String line : stack.split("\n")) {
      String t = line.trim();
      if (frames.size() < limit && t.startsWith("at ") && !t.contains("bindery:") && !t.contains("/__bindery__/")) {
        frames.add(t);
      }
    }
    return frames;
  }
}
