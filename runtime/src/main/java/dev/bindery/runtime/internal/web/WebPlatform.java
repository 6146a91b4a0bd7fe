package dev.bindery.runtime.internal.web;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Installs the web platform globals into a worker context (interim minimal version). */
public final class WebPlatform {
  private static final Source SOURCE = load();

  private WebPlatform() {}

  private static Source load() {
    try (var in = WebPlatform.class.getResourceAsStream("minimal.js")) {
      return Source.newBuilder("js", new InputStreamReader(in, StandardCharsets.UTF_8), "bindery:web.js").build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static WebInternals install(Context context, WebHost host) {
    Value installer = context.eval(SOURCE);
    ProxyExecutable log = args -> {
      host.console(args[0].asString(), args[1].asString());
      return null;
    };
    Value internals = installer.execute(log);
    return new WebInternals(internals, host);
  }
}
