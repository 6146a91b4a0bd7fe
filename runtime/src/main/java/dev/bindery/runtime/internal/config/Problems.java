package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.ConfigException;

/** Builds the {@link ConfigException}s for values of the wrong shape. */
final class Problems {

  private Problems() {}

  /** Fails unless {@code node} is of {@code kind}; {@code expected} reads "a string", etc. */
  static Node require(Node node, Node.Kind kind, String expected, String example) {
    if (!node.is(kind)) {
      throw wrongType(node, expected, example);
    }
    return node;
  }

  static ConfigException wrongType(Node node, String expected, String example) {
    return new ConfigException("\"" + node.path() + "\" at " + node.location() + " must be "
        + expected + ", but is " + node.describeType() + ". Accepted: " + expected + ", e.g. "
        + example + ".", node.location());
  }

  /** An array of strings, with each element checked. */
  static Node requireStrings(Node node, String example) {
    String expected = "an array of strings";
    require(node, Node.Kind.ARRAY, expected, example);
    for (Node item : node.items()) {
      if (!item.is(Node.Kind.STRING)) {
        throw new ConfigException("\"" + item.path() + "\" at " + item.location()
            + " must be a string, but is " + item.describeType() + ". Accepted: " + expected
            + ", e.g. " + example + ".", item.location());
      }
    }
    return node;
  }
}
