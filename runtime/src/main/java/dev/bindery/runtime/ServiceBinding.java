package dev.bindery.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service binding: the worker sees {@code env.<binding>} as a stub of worker {@code service}.
 *
 * @param binding the name of the binding in the worker's {@code env}
 * @param service the name of the worker bound to
 * @param entrypoint the named entrypoint (exported class) of the target, or empty for the default
 * @param props the {@code props} passed to the entrypoint as {@code ctx.props}; plain Java values
 *     as in {@link WorkerConfig#vars()}
 * @param location where the entry is declared
 */
public record ServiceBinding(
    String binding,
    String service,
    Optional<String> entrypoint,
    Map<String, Object> props,
    SourceLocation location) {

  public ServiceBinding {
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(entrypoint, "entrypoint");
    Objects.requireNonNull(location, "location");
    props = props == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(props));
  }

  @Override
  public String toString() {
    return binding + " -> " + service + entrypoint.map(e -> "#" + e).orElse("");
  }
}
