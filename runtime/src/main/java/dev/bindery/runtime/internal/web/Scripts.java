package dev.bindery.runtime.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Source;

/** The Web platform's JavaScript, built once per JVM so a shared Engine parses it once. */
final class Scripts {

  /** In install order: each evaluates to an installer function. */
  static final List<Source> INSTALLERS =
      List.of(load("base.js"), load("console.js"), load("url.js"), load("streams.js"), load("fetch.js"));

  private Scripts() {}

  private static Source load(String name) {
    try (InputStream in = Scripts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource dev/bindery/runtime/internal/web/" + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Source.newBuilder("js", text, "bindery-web/" + name).cached(true).internal(true).buildLiteral();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Web platform script " + name, e);
    }
  }
}
