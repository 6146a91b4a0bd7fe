package dev.bindery.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A wrangler binding kind found in the config that Bindery does not provide yet.
 *
 * <p>These are reported, never silently dropped: the runtime prints {@link #describe()} so the
 * user knows why {@code env.KV} (say) is missing.
 *
 * @param kind the wrangler key, e.g. {@code kv_namespaces} or {@code d1_databases}
 * @param names the binding names declared under that key, where the kind has names
 * @param location where the key is declared
 */
public record UnsupportedBinding(String kind, List<String> names, SourceLocation location) {

  public UnsupportedBinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
    names = names == null ? List.of() : List.copyOf(names);
  }

  /**
   * A one-line explanation, e.g. {@code kv_namespaces (binding KV) is not supported by Bindery
   * yet}.
   */
  public String describe() {
    String what = switch (names.size()) {
      case 0 -> kind;
      case 1 -> kind + " (binding " + names.get(0) + ")";
      default -> kind + " (bindings " + String.join(", ", names) + ")";
    };
    return what + " is not supported by Bindery yet";
  }
}
