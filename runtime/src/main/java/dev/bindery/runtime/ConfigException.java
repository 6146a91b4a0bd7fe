package dev.bindery.runtime;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A wrangler config file that Bindery cannot use.
 *
 * <p>The message always says what failed, where ({@code file:line:column}) and how to fix it or
 * which values are accepted. The same position is available through {@link #file()},
 * {@link #line()} and {@link #column()}; line and column are {@code 0} when the problem concerns
 * the file as a whole.
 */
public class ConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;

  /** A problem at {@code location}, described by a complete, user-facing {@code message}. */
  public ConfigException(String message, SourceLocation location) {
    this(message, location, null);
  }

  /** A problem at {@code location} caused by {@code cause} (kept for debugging, not shown). */
  public ConfigException(String message, SourceLocation location, Throwable cause) {
    super(message, cause);
    this.location = Objects.requireNonNull(location, "location");
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }

  /** The config file concerned. */
  public Path file() {
    return location.file();
  }

  /** The 1-based line of the problem, or {@code 0} when it concerns the whole file. */
  public int line() {
    return location.line();
  }

  /** The 1-based column of the problem, or {@code 0} when it concerns the whole file. */
  public int column() {
    return location.column();
  }
}
