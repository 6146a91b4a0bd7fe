package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.SourceLocation;
import dev.bindery.runtime.UnsupportedBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the non-inheritable parts of one section (top level or {@code env.<name>}): {@code vars},
 * {@code services} and the binding kinds Bindery reports as unsupported.
 */
final class BindingsReader {

  private final Node section;
  private final Syntax syntax;
  private final Map<String, Node> bindingNames = new LinkedHashMap<>();

  BindingsReader(Node section, Syntax syntax) {
    this.section = section;
    this.syntax = syntax;
  }

  Map<String, Object> vars() {
    Node vars = section.field("vars");
    Map<String, Object> result = new LinkedHashMap<>();
    if (vars == null) {
      return result;
    }
    Problems.require(vars, Node.Kind.OBJECT, "an object of names to values",
        syntax.inline("API_URL", "\"https://example.com\""));
    for (Map.Entry<String, Node> entry : vars.fields().entrySet()) {
      if (entry.getKey().equals(Node.PROTO_KEY)) {
        continue;
      }
      claim(entry.getKey(), entry.getValue(), "var");
      result.put(entry.getKey(), entry.getValue().toJava(true));
    }
    return result;
  }

  List<ServiceBinding> services() {
    Node services = section.field("services");
    List<ServiceBinding> result = new ArrayList<>();
    if (services == null) {
      return result;
    }
    String example = syntax.inline("binding", "\"AUTH\"", "service", "\"auth-worker\"");
    Problems.require(services, Node.Kind.ARRAY, "an array of objects", "[" + example + "]");
    for (Node entry : services.items()) {
      result.add(service(entry, example));
    }
    return result;
  }

  private ServiceBinding service(Node entry, String example) {
    Problems.require(entry, Node.Kind.OBJECT, "an object", example);
    ConfigKeys.checkKeys(entry, ConfigKeys.SERVICE_ENTRY);
    Node binding = requiredString(entry, "binding", "the binding's name in env", example);
    Node service = requiredString(entry, "service", "the name of the worker to bind", example);
    Optional<String> entrypoint = Optional.ofNullable(entry.field("entrypoint"))
        .map(node -> Problems.require(node, Node.Kind.STRING, "a string",
            syntax.pair("entrypoint", "\"AdminApi\"")).text())
        // An empty name is no name: the binding reaches the default export (checked on workerd).
        .filter(name -> !name.isEmpty());
    Map<String, Object> props = new LinkedHashMap<>();
    Node propsNode = entry.field("props");
    if (propsNode != null) {
      Problems.require(propsNode, Node.Kind.OBJECT, "an object",
          syntax.pair("props", syntax.inline("tenant", "\"acme\"")));
      propsNode.fields().forEach((key, value) -> {
        if (!key.equals(Node.PROTO_KEY)) {
          props.put(key, value.toJava());
        }
      });
    }
    claim(binding.text(), binding, "service binding");
    return new ServiceBinding(binding.text(), service.text(), entrypoint, props,
        entry.location());
  }

  private Node requiredString(Node entry, String key, String meaning, String example) {
    Node value = entry.field(key);
    if (value == null) {
      throw new ConfigException("\"" + entry.path() + "\" at " + entry.location()
          + " is missing \"" + key + "\" (" + meaning + "). Each service binding needs "
          + "\"binding\" and \"service\", e.g. " + example + ".", entry.location());
    }
    Problems.require(value, Node.Kind.STRING, "a string", example);
    if (value.text().isBlank()) {
      throw new ConfigException("\"" + value.path() + "\" at " + value.location()
          + " is empty. Set it to " + meaning + ", e.g. " + example + ".", value.location());
    }
    return value;
  }

  List<UnsupportedBinding> unsupported() {
    List<UnsupportedBinding> result = new ArrayList<>();
    for (Map.Entry<String, Node> entry : section.fields().entrySet()) {
      if (ConfigKeys.UNSUPPORTED_BINDINGS.contains(entry.getKey())) {
        List<String> names = new ArrayList<>();
        collectNames(entry.getValue(), names);
        result.add(new UnsupportedBinding(entry.getKey(), names, entry.getValue().location()));
      }
    }
    return result;
  }

  /** Binding names of any wrangler binding kind: {@code binding}, else {@code name}. */
  private static void collectNames(Node node, List<String> names) {
    if (node.is(Node.Kind.ARRAY)) {
      node.items().forEach(item -> collectNames(item, names));
    } else if (node.is(Node.Kind.OBJECT)) {
      Node name = node.field("binding") != null ? node.field("binding") : node.field("name");
      if (name != null && name.is(Node.Kind.STRING)) {
        names.add(name.text());
      }
      for (String nested : List.of("bindings", "producers")) {
        if (node.field(nested) != null) {
          collectNames(node.field(nested), names);
        }
      }
    }
  }

  private void claim(String name, Node declaredAt, String kind) {
    Node previous = bindingNames.putIfAbsent(name, declaredAt);
    if (previous != null) {
      String previousKind = previous.path().contains("services[") ? "service binding" : "var";
      SourceLocation at = declaredAt.location();
      throw new ConfigException("Binding name \"" + name + "\" is declared twice: as a "
          + previousKind + " at " + previous.location() + " and as a " + kind + " at " + at
          + ". Names must be unique across vars and services; rename one of them.", at);
    }
  }
}
