package dev.bindery.junit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;

/** Resources closed in reverse order of acquisition, once; failures are kept and rethrown together. */
public final class Resources implements AutoCloseable {

  private final Deque<AutoCloseable> held = new ArrayDeque<>();

  public synchronized void add(AutoCloseable resource) {
    held.push(resource);
  }

  /** Deletes {@code dir} and everything below it on close. */
  public void deleteLater(Path dir) {
    add(() -> {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete " + dir, e);
      }
    });
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    while (true) {
      AutoCloseable next;
      synchronized (this) {
        next = held.poll();
      }
      if (next == null) {
        break;
      }
      try {
        next.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing the worker harness failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
