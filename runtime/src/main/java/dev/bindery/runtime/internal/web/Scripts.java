package dev.bindery.runtime.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * The Web platform's JavaScript, built once per JVM so a shared Engine parses it once. The part
 * files each evaluate to an installer; they are joined into one Source whose value is a function
 * of the host object that runs them in order and returns the handles of the last one.
 */
final class Scripts {

  private static final List<String> PARTS = List.of("base.js", "console.js", "json.js", "url.js", "streams.js", "fetch.js");

  static final Source INSTALLER = build();

  private Scripts() {}

  private static Source build() {
    StringBuilder js = new StringBuilder("(function installWebPlatform(host) {\n\"use strict\";\nconst parts = [\n");
    for (String part : PARTS) {
      js.append(read(part)).append(",\n");
    }
    js.append("];\nconst priv = parts[0](host);\nlet handles;\n")
        .append("for (let i = 1; i < parts.length; i++) handles = parts[i](host, priv);\nreturn handles;\n})");
    return Source.newBuilder("js", js.toString(), "bindery-web.js").cached(true).internal(true).buildLiteral();
  }

  private static String read(String name) {
    try (InputStream in = Scripts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource dev/bindery/runtime/internal/web/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(";$", "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Web platform script " + name, e);
    }
  }
}
