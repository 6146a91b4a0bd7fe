package dev.bindery.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a config file: the file, a 1-based line and a 1-based column.
 *
 * <p>A line or column of {@code 0} means the position is unknown (for instance when the file
 * itself is missing). {@link #toString()} renders {@code file:line:column}, the form IDEs and
 * terminals turn into links.
 */
public record SourceLocation(Path file, int line, int column) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /** The location of a file as a whole, with unknown line and column. */
  public static SourceLocation of(Path file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
