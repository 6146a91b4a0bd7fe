package dev.bindery.junit.internal;

import dev.bindery.runtime.WorkerConfig;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and loads wrangler configs once per test run (they are immutable records), so that a
 * fresh group per test pays only for its contexts. Kept in the root {@code ExtensionContext.Store}.
 */
public final class ConfigCache {

  /** A config path that names neither a file nor a classpath resource. */
  public static final class NotFound extends IllegalArgumentException {
    public NotFound(String message) {
      super(message);
    }
  }

  private final Map<String, WorkerConfig> loaded = new ConcurrentHashMap<>();

  /** Loads {@code config} (a path relative to the working directory, or a classpath resource) for {@code env}. */
  public WorkerConfig load(String config, String env) {
    return loaded.computeIfAbsent(env + "\u0000" + config, k -> WorkerConfig.load(resolve(config), env.isEmpty() ? null : env));
  }

  static Path resolve(String config) {
    Path file = Path.of(config);
    if (Files.isRegularFile(file)) {
      return file.toAbsolutePath().normalize();
    }
    URL resource = Thread.currentThread().getContextClassLoader().getResource(config.startsWith("/") ? config.substring(1) : config);
    if (resource != null && resource.getProtocol().equals("file")) {
      try {
        return Path.of(resource.toURI());
      } catch (URISyntaxException e) {
        throw new NotFound("config [" + config + "] is not a usable file URL: " + resource);
      }
    }
    throw new NotFound("config [" + config + "] was not found: neither the file " + file.toAbsolutePath().normalize()
        + " nor a classpath resource exists. Use a path relative to the project folder or to the classpath root.");
  }
}
