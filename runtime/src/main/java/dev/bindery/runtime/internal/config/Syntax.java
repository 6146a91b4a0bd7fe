package dev.bindery.runtime.internal.config;

/** The config file format, used to phrase examples the way the user writes them. */
enum Syntax {
  JSON, TOML;

  /** {@code "key": value} or {@code key = value}. */
  String pair(String key, String value) {
    return this == JSON ? "\"" + key + "\": " + value : key + " = " + value;
  }

  /** An inline object of key/value pairs (values already quoted as needed). */
  String inline(String... keysAndValues) {
    StringBuilder out = new StringBuilder("{ ");
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.append(i == 0 ? "" : ", ").append(pair(keysAndValues[i], keysAndValues[i + 1]));
    }
    return out.append(" }").toString();
  }

  /** How a user writes the table at {@code path}, e.g. {@code [env.staging.vars]}. */
  String table(String path) {
    return this == JSON ? "\"" + path + "\"" : "[" + path + "]";
  }
}
