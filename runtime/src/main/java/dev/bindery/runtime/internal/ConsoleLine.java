package dev.bindery.runtime.internal;

/** One line a worker wrote with {@code console.*}. */
public record ConsoleLine(String worker, String level, String text) {
  @Override
  public String toString() {
    return "[" + worker + "] " + (level.equals("log") ? "" : level + ": ") + text;
  }
}
