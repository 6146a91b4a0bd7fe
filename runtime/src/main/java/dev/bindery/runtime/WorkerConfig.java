package dev.bindery.runtime;

import dev.bindery.runtime.internal.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A worker's wrangler configuration ({@code wrangler.jsonc}, {@code wrangler.json} or
 * {@code wrangler.toml}), validated and resolved for one environment.
 *
 * <pre>{@code
 * WorkerConfig cfg = WorkerConfig.load(Path.of("billing/wrangler.jsonc"));
 * WorkerConfig staging = WorkerConfig.load(Path.of("billing/wrangler.jsonc"), "staging");
 * }</pre>
 *
 * <p>Every key of the file is either used, reported in {@link #unsupportedBindings()}, or
 * mentioned in {@link #notices()}; unknown keys and wrong types fail with a
 * {@link ConfigException} naming the file, line and column.
 *
 * @param configFile the config file, absolute and normalized
 * @param name the worker name ({@code <name>-<env>} for an environment that does not set its own)
 * @param main the entry module, absolute, resolved against the config file's folder
 * @param compatibilityDate the {@code compatibility_date} ({@code YYYY-MM-DD}), or {@code null}
 * @param compatibilityFlags the {@code compatibility_flags}
 * @param vars the {@code vars} in declaration order: {@code String} for text vars, otherwise plain
 *     Java values ({@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Long},
 *     {@code Double}, {@code Boolean} or {@code null}); all collections are unmodifiable
 * @param services the service bindings in declaration order
 * @param placementMode {@code placement.mode} ({@code "smart"} or {@code "off"}) when set
 * @param unsupportedBindings binding kinds found in the file that Bindery does not provide
 * @param notices human-readable remarks on keys that are accepted but have no local effect
 * @param envName the selected environment, or empty for the top level
 * @param locations where each effective key path was declared, e.g. {@code "services[0].binding"}
 */
public record WorkerConfig(
    Path configFile,
    String name,
    Path main,
    String compatibilityDate,
    List<String> compatibilityFlags,
    Map<String, Object> vars,
    List<ServiceBinding> services,
    Optional<String> placementMode,
    List<UnsupportedBinding> unsupportedBindings,
    List<String> notices,
    Optional<String> envName,
    Map<String, SourceLocation> locations) {

  public WorkerConfig {
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(main, "main");
    compatibilityFlags = List.copyOf(compatibilityFlags);
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    services = List.copyOf(services);
    Objects.requireNonNull(placementMode, "placementMode");
    unsupportedBindings = List.copyOf(unsupportedBindings);
    notices = List.copyOf(notices);
    Objects.requireNonNull(envName, "envName");
    locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
  }

  /**
   * Loads the top level of a config file (no {@code --env}).
   *
   * @throws ConfigException when the file is missing, malformed or invalid
   */
  public static WorkerConfig load(Path configFile) {
    return load(configFile, null);
  }

  /**
   * Loads a config file as {@code wrangler --env envName} would see it.
   *
   * <p>{@code main}, {@code compatibility_date}, {@code compatibility_flags}, {@code placement}
   * and {@code name} (suffixed with {@code -<env>} unless the environment sets its own) are
   * inherited from the top level; {@code vars}, {@code services} and other bindings come only from
   * the environment section, as in wrangler.
   *
   * @param envName the environment under {@code env}, or {@code null} for the top level
   * @throws ConfigException when the file is missing, malformed or invalid, or the environment
   *     does not exist
   */
  public static WorkerConfig load(Path configFile, String envName) {
    return ConfigLoader.load(configFile, envName);
  }

  /**
   * Where {@code keyPath} (e.g. {@code "main"}, {@code "vars.API_URL"},
   * {@code "services[1].entrypoint"}) is declared for this configuration; for a path that is not
   * declared, the location of its nearest declared parent, and finally the start of the file.
   */
  public SourceLocation locationOf(String keyPath) {
    String path = keyPath;
    while (path != null && !path.isEmpty()) {
      SourceLocation found = locations.get(path);
      if (found != null) {
        return found;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      path = cut > 0 ? path.substring(0, cut) : null;
    }
    return new SourceLocation(configFile, 1, 1);
  }
}
