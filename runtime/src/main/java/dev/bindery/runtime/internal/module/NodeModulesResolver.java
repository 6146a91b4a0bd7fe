package dev.bindery.runtime.internal.module;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Resolves bare import specifiers ({@code hono}, {@code @scope/pkg/sub}) to ES module files in
 * the {@code node_modules} folders at and above the worker's folder, using a package's
 * {@code exports} (conditions as workerd's bundler picks them), then {@code module}, then
 * {@code main}.
 */
final class NodeModulesResolver {

  // The conditions wrangler's bundler sets for workerd; which one applies goes by the package's key order.
  private static final List<String> CONDITIONS = List.of("workerd", "worker", "browser", "import", "module", "default");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path root;

  NodeModulesResolver(Path root) {
    this.root = root;
  }

  Optional<Path> resolve(String specifier) {
    String[] parts = specifier.split("/", -1);
    int nameParts = specifier.startsWith("@") && parts.length > 1 ? 2 : 1;
    String name = String.join("/", java.util.Arrays.copyOfRange(parts, 0, nameParts));
    String subpath = parts.length > nameParts
        ? "./" + String.join("/", java.util.Arrays.copyOfRange(parts, nameParts, parts.length)) : ".";
    for (Path dir = root; dir != null; dir = dir.getParent()) {
      Path pkg = dir.resolve("node_modules").resolve(name);
      if (Files.isDirectory(pkg)) {
        return resolveInPackage(pkg, subpath);
      }
    }
    return Optional.empty();
  }

  private Optional<Path> resolveInPackage(Path pkg, String subpath) {
    JsonNode manifest = readManifest(pkg);
    JsonNode exports = manifest.path("exports");
    if (!exports.isMissingNode() && !exports.isNull()) {
      String chosen;
      if (exports.isObject() && hasSubpathKeys(exports)) {
        chosen = exports.has(subpath) ? pickCondition(exports.get(subpath)) : matchPattern(exports, subpath);
      } else {
        chosen = subpath.equals(".") ? pickCondition(exports) : null;
      }
      return chosen == null ? Optional.empty() : existing(pkg.resolve(chosen).normalize());
    }
    if (!subpath.equals(".")) {
      return existing(pkg.resolve(subpath).normalize());
    }
    for (String field : List.of("module", "main")) {
      if (manifest.path(field).isTextual()) {
        return existing(pkg.resolve(manifest.get(field).asText()).normalize());
      }
    }
    return existing(pkg.resolve("index.js"));
  }

  /**
   * A subpath pattern such as {@code "./utils/*": "./src/utils/*.js"}: the key with the longest
   * part before the {@code *} wins, and what the {@code *} matched replaces each {@code *} of the target.
   */
  private static String matchPattern(JsonNode exports, String subpath) {
    String bestKey = null;
    for (java.util.Iterator<String> keys = exports.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      int star = key.indexOf('*');
      if (star < 0 || key.indexOf('*', star + 1) >= 0) {
        continue;
      }
      String base = key.substring(0, star);
      String trailer = key.substring(star + 1);
      if (subpath.length() >= key.length() && subpath.startsWith(base) && subpath.endsWith(trailer)
          && (bestKey == null || base.length() > bestKey.indexOf('*'))) {
        bestKey = key;
      }
    }
    if (bestKey == null) {
      return null;
    }
    int star = bestKey.indexOf('*');
    String matched = subpath.substring(star, subpath.length() - (bestKey.length() - star - 1));
    String target = pickCondition(exports.get(bestKey));
    return target == null ? null : target.replace("*", matched);
  }

  private static boolean hasSubpathKeys(JsonNode exports) {
    return exports.fieldNames().hasNext() && exports.fieldNames().next().startsWith(".");
  }

  private static String pickCondition(JsonNode target) {
    if (target == null || target.isNull()) {
      return null;
    }
    if (target.isTextual()) {
      return target.asText();
    }
    if (target.isArray()) {
      for (JsonNode n : target) {
        String s = pickCondition(n);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    // As Node and esbuild do: the first key, in the package's own order, that is an active condition.
    for (java.util.Iterator<String> keys = target.fieldNames(); keys.hasNext(); ) {
      String condition = keys.next();
      if (CONDITIONS.contains(condition)) {
        String s = pickCondition(target.get(condition));
        if (s != null) {
          return s;
        }
      }
    }
    return null;
  }

  private static Optional<Path> existing(Path file) {
    if (Files.isRegularFile(file)) {
      return Optional.of(file);
    }
    for (String ext : List.of(".js", ".mjs", "/index.js", "/index.mjs")) {
      Path p = Path.of(file + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static JsonNode readManifest(Path pkg) {
    try {
      return JSON.readTree(pkg.resolve("package.json").toFile());
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
