package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.SourceLocation;
import dev.bindery.runtime.UnsupportedBinding;
import dev.bindery.runtime.WorkerConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Validates a parsed config and resolves it for one environment, wrangler style. */
final class ConfigBuilder {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final Path file;
  private final Syntax syntax;
  private final Node root;
  private final String envName;
  private final List<String> notices = new ArrayList<>();
  private final Map<String, SourceLocation> locations = new LinkedHashMap<>();

  ConfigBuilder(Path file, Syntax syntax, Node root, String envName) {
    this.file = file;
    this.syntax = syntax;
    this.root = root;
    this.envName = envName;
  }

  WorkerConfig build() {
    ConfigKeys.checkTopLevel(root, false);
    Node section = selectSection();
    noticeIgnoredKeys(root);
    if (section != root) {
      noticeIgnoredKeys(section);
    }
    String name = name(section);
    Path main = main(inherited(section, "main"));
    String date = compatibilityDate(inherited(section, "compatibility_date"));
    List<String> flags = compatibilityFlags(inherited(section, "compatibility_flags"));
    Optional<String> placement = placement(inherited(section, "placement"));
    BindingsReader bindings = new BindingsReader(section, syntax);
    Map<String, Object> vars = bindings.vars();
    List<ServiceBinding> services = bindings.services();
    List<UnsupportedBinding> unsupported = bindings.unsupported();
    for (String key : List.of("vars", "services")) {
      if (section.field(key) != null) {
        remember(key, section.field(key));
      }
    }
    if (section != root) {
      noticeNotInherited(section);
    }
    return new WorkerConfig(file, name, main, date, flags, vars, services, placement,
        unsupported, notices, Optional.ofNullable(envName), locations);
  }

  private Node selectSection() {
    Node env = root.field("env");
    if (env != null) {
      Problems.require(env, Node.Kind.OBJECT, "an object of environment names to sections",
          syntax.pair("env", syntax.inline("staging", syntax.inline("name", "\"w-staging\""))));
      for (Node section : env.fields().values()) {
        Problems.require(section, Node.Kind.OBJECT, "an object (an environment section)",
            syntax.inline("vars", syntax.inline("MODE", "\"staging\"")));
        ConfigKeys.checkTopLevel(section, true);
      }
    }
    if (envName == null) {
      return root;
    }
    Node section = env == null ? null : env.field(envName);
    if (section == null) {
      SourceLocation at = env == null ? root.location() : env.location();
      String available = env == null || env.fields().isEmpty()
          ? "The file defines no environments; add a section " + syntax.table("env." + envName)
              + " or load the top level without an environment."
          : "Available environments: " + String.join(", ", env.fields().keySet()) + ".";
      throw new ConfigException("Environment \"" + envName + "\" is not defined in " + at + ". "
          + available, at);
    }
    return section;
  }

  /** The section's own value for {@code key}, else (in an environment) the top level's. */
  private Node inherited(Node section, String key) {
    Node node = section.field(key);
    if (node == null && section != root) {
      node = root.field(key);
    }
    if (node != null) {
      remember(key, node);
    }
    return node;
  }

  private String name(Node section) {
    Node own = section.field("name");
    Node top = root.field("name");
    Node chosen = own != null ? own : top;
    if (chosen == null) {
      throw new ConfigException("\"name\" is missing in " + root.location()
          + ": set it to the worker's name, e.g. " + syntax.pair("name", "\"my-worker\""),
          root.location());
    }
    Problems.require(chosen, Node.Kind.STRING, "a string", syntax.pair("name", "\"my-worker\""));
    if (chosen.text().isBlank()) {
      throw new ConfigException("\"name\" at " + chosen.location() + " is empty: set it to the "
          + "worker's name, e.g. " + syntax.pair("name", "\"my-worker\""), chosen.location());
    }
    remember("name", chosen);
    return own == null && section != root ? top.text() + "-" + envName : chosen.text();
  }

  private Path main(Node node) {
    String example = syntax.pair("main", "\"src/index.js\"");
    if (node == null) {
      throw new ConfigException("\"main\" is missing in " + root.location()
          + ": set it to the worker's entry module, e.g. " + example, root.location());
    }
    Problems.require(node, Node.Kind.STRING, "a string (a path to the entry module)", example);
    Path folder = file.getParent();
    Path resolved;
    try {
      resolved = folder.resolve(node.text()).normalize();
    } catch (InvalidPathException e) {
      throw new ConfigException("\"main\" at " + node.location() + " is not a valid path: "
          + e.getMessage() + ". Set it to the worker's entry module, e.g. " + example,
          node.location(), e);
    }
    if (!Files.isRegularFile(resolved)) {
      String problem = Files.isDirectory(resolved) ? "which is a directory, not a file"
          : "which does not exist";
      throw new ConfigException("\"main\" at " + node.location() + " points to " + resolved
          + ", " + problem + ". Check the path; it is resolved against the config file's folder "
          + folder + ".", node.location());
    }
    return resolved;
  }

  private String compatibilityDate(Node node) {
    if (node == null) {
      return null;
    }
    String example = syntax.pair("compatibility_date", "\"2024-09-23\"");
    Problems.require(node, Node.Kind.STRING, "a date string YYYY-MM-DD", example);
    String text = node.text();
    boolean valid = DATE.matcher(text).matches();
    if (valid) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        valid = false;
      }
    }
    if (!valid) {
      throw new ConfigException("\"compatibility_date\" at " + node.location() + " is \"" + text
          + "\", which is not a valid date. Accepted: a date in the form YYYY-MM-DD, e.g. "
          + example + ".", node.location());
    }
    return text;
  }

  private List<String> compatibilityFlags(Node node) {
    if (node == null) {
      return List.of();
    }
    Problems.requireStrings(node, "[\"nodejs_compat\"]");
    return node.items().stream().map(Node::text).toList();
  }

  private Optional<String> placement(Node node) {
    if (node == null) {
      return Optional.empty();
    }
    String example = syntax.pair("placement", syntax.inline("mode", "\"smart\""));
    Problems.require(node, Node.Kind.OBJECT, "an object", example);
    ConfigKeys.checkKeys(node, ConfigKeys.PLACEMENT);
    node.fields().forEach((key, value) -> {
      if (!key.equals("mode")) {
        notices.add("placement." + key + " at " + value.location()
            + " is accepted; it has no effect when running locally");
      }
    });
    Node mode = node.field("mode");
    if (mode == null) {
      return Optional.empty();
    }
    Problems.require(mode, Node.Kind.STRING, "\"smart\" or \"off\"", example);
    switch (mode.text()) {
      case "smart":
        notices.add("placement.mode \"smart\" is accepted; Smart Placement has no effect when "
            + "running locally");
        return Optional.of("smart");
      case "off":
        return Optional.of("off");
      default:
        throw new ConfigException("\"placement.mode\" at " + mode.location() + " is \""
            + mode.text() + "\". Accepted: \"smart\" or \"off\", e.g. " + example + ".",
            mode.location());
    }
  }

  private void noticeIgnoredKeys(Node section) {
    section.fields().forEach((key, value) -> {
      if (ConfigKeys.IGNORED.contains(key)) {
        notices.add("\"" + value.path() + "\" at " + value.location()
            + " is ignored: it has no effect when running locally");
      }
    });
  }

  private void noticeNotInherited(Node section) {
    root.fields().forEach((key, value) -> {
      boolean bindingKey = key.equals("vars") || key.equals("services")
          || ConfigKeys.UNSUPPORTED_BINDINGS.contains(key);
      if (bindingKey && section.field(key) == null) {
        notices.add("\"" + key + "\" at " + value.location() + " is not inherited by environment \""
            + envName + "\" (as in wrangler); declare it again under "
            + syntax.table("env." + envName + "." + key) + " if the environment needs it");
      }
    });
  }

  /** Records where {@code effectivePath} and everything below it is declared. */
  private void remember(String effectivePath, Node node) {
    locations.put(effectivePath, node.location());
    node.fields().forEach((key, child) -> remember(effectivePath + "." + key, child));
    for (int i = 0; i < node.items().size(); i++) {
      remember(effectivePath + "[" + i + "]", node.items().get(i));
    }
  }
}
