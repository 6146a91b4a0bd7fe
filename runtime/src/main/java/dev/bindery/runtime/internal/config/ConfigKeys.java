package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.ConfigException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The wrangler keys Bindery knows: used, reported as unsupported bindings, or ignored. */
final class ConfigKeys {

  /** Keys Bindery uses, in the order they are listed to users. */
  static final Set<String> SUPPORTED = ordered("name", "main", "compatibility_date",
      "compatibility_flags", "vars", "services", "placement", "env", "$schema");

  /** Binding kinds Bindery does not provide yet; reported as {@code UnsupportedBinding}. */
  static final Set<String> UNSUPPORTED_BINDINGS = ordered("kv_namespaces", "d1_databases",
      "r2_buckets", "durable_objects", "queues", "ai", "analytics_engine_datasets", "hyperdrive",
      "vectorize", "browser", "workflows", "send_email", "mtls_certificates",
      "dispatch_namespaces", "assets", "version_metadata", "tail_consumers",
      "secrets_store_secrets", "images", "pipelines", "wasm_modules", "text_blobs", "data_blobs",
      "logfwdr", "containers");

  /** Keys without effect when running locally; accepted with a notice. */
  static final Set<String> IGNORED = ordered("account_id", "workers_dev", "routes", "route",
      "triggers", "observability", "logpush", "limits", "minify", "keep_vars",
      "upload_source_maps", "build", "rules", "no_bundle", "find_additional_modules", "base_dir",
      "preserve_file_names", "node_compat", "dev", "tsconfig", "define", "alias", "send_metrics",
      "unsafe", "preview_urls", "migrations", "usage_model", "jsx_factory", "jsx_fragment",
      "legacy_env", "site", "first_party_worker", "keep_names", "compliance_region",
      "python_modules", "zone_id");

  /** Keys an environment inherits from the top level when it does not set them. */
  static final Set<String> INHERITABLE = ordered("main", "compatibility_date",
      "compatibility_flags", "placement");

  /** Keys of one {@code services} entry. */
  static final Set<String> SERVICE_ENTRY = ordered("binding", "service", "entrypoint", "props");

  /** Keys of the {@code placement} object; only {@code mode} has a meaning here. */
  static final Set<String> PLACEMENT = ordered("mode", "hint", "region", "host", "hostname");

  private ConfigKeys() {}

  static boolean isKnown(String key, boolean inEnv) {
    if (inEnv && (key.equals("env") || key.equals("$schema"))) {
      return false;
    }
    return SUPPORTED.contains(key) || UNSUPPORTED_BINDINGS.contains(key) || IGNORED.contains(key);
  }

  /** Fails on the first key of {@code object} that is not a known top-level (or env) key. */
  static void checkTopLevel(Node object, boolean inEnv) {
    for (var entry : object.fields().entrySet()) {
      String key = entry.getKey();
      if (!isKnown(key, inEnv)) {
        List<String> candidates = new ArrayList<>();
        for (Set<String> group : List.of(SUPPORTED, UNSUPPORTED_BINDINGS, IGNORED)) {
          group.stream().filter(k -> isKnown(k, inEnv)).forEach(candidates::add);
        }
        List<String> supported = new ArrayList<>(SUPPORTED);
        supported.remove("$schema");
        if (inEnv) {
          supported.remove("env");
        }
        throw unknownKey(key, entry.getValue(), candidates, "Accepted keys: " + String.join(", ", supported)
            + "; also recognised and reported as not supported by Bindery: "
            + String.join(", ", UNSUPPORTED_BINDINGS)
            + "; also recognised and ignored when running locally: " + String.join(", ", IGNORED)
            + ".");
      }
    }
  }

  /** Fails on the first key of {@code object} that is not in {@code accepted}. */
  static void checkKeys(Node object, Set<String> accepted) {
    for (var entry : object.fields().entrySet()) {
      if (!accepted.contains(entry.getKey())) {
        throw unknownKey(entry.getKey(), entry.getValue(), accepted,
            "Accepted keys in " + object.path() + ": " + String.join(", ", accepted) + ".");
      }
    }
  }

  private static ConfigException unknownKey(String key, Node value,
      Collection<String> candidates, String accepted) {
    String where = value.path().contains(".") || value.path().contains("[")
        ? " (" + value.path() + ")" : "";
    String suggestion = suggest(key, candidates)
        .map(s -> " Did you mean \"" + s + "\"?").orElse("");
    return new ConfigException("Unknown key \"" + key + "\"" + where + " in " + value.location()
        + "." + suggestion + " " + accepted, value.location());
  }

  /** The closest candidate by edit distance, if it is close enough to be a likely typo. */
  static Optional<String> suggest(String key, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = EditDistance.between(key.toLowerCase(), candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, key.length() / 3));
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static Set<String> ordered(String... keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
  }
}
