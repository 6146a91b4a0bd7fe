package dev.bindery.runtime.internal.config;

import dev.bindery.runtime.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed config value with the path and place it was declared, independent of the file format.
 *
 * <p>Scalars hold {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code null}.
 */
final class Node {

  enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  private final Kind kind;
  private final String path;
  private final SourceLocation location;
  private final Object scalar;
  private final Map<String, Node> fields;
  private final List<Node> items;

  private Node(Kind kind, String path, SourceLocation location, Object scalar,
      Map<String, Node> fields, List<Node> items) {
    this.kind = kind;
    this.path = path;
    this.location = location;
    this.scalar = scalar;
    this.fields = fields;
    this.items = items;
  }

  static Node object(String path, SourceLocation location, Map<String, Node> fields) {
    return new Node(Kind.OBJECT, path, location, null,
        Collections.unmodifiableMap(new LinkedHashMap<>(fields)), List.of());
  }

  static Node array(String path, SourceLocation location, List<Node> items) {
    return new Node(Kind.ARRAY, path, location, null, Map.of(), List.copyOf(items));
  }

  static Node scalar(String path, SourceLocation location, Object value) {
    Kind kind;
    Object normalized = value;
    if (value == null) {
      kind = Kind.NULL;
    } else if (value instanceof String) {
      kind = Kind.STRING;
    } else if (value instanceof Boolean) {
      kind = Kind.BOOLEAN;
    } else if (value instanceof Number number) {
      kind = Kind.NUMBER;
      normalized = normalizeNumber(number);
    } else {
      kind = Kind.STRING;
      normalized = value.toString();
    }
    return new Node(kind, path, location, normalized, Map.of(), List.of());
  }

  /**
   * Integral values in {@code long} range become {@code Long}, everything else {@code Double}.
   * Negative zero becomes 0, as wrangler's JSON hands vars and props to workerd (checked on workerd).
   */
  static Object normalizeNumber(Number number) {
    if (number instanceof Long || number instanceof Integer || number instanceof Short
        || number instanceof Byte) {
      return number.longValue();
    }
    double d = number.doubleValue();
    boolean integral = !Double.isInfinite(d) && d == Math.rint(d);
    if (integral && d >= Long.MIN_VALUE && d < 0x1p63) {
      return (long) d;
    }
    return d;
  }

  /** Child path for a key of this object, e.g. {@code env.staging} + {@code vars}. */
  static String childPath(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Child path for an element of this array, e.g. {@code services[0]}. */
  static String indexPath(String parent, int index) {
    return parent + "[" + index + "]";
  }

  Kind kind() {
    return kind;
  }

  boolean is(Kind expected) {
    return kind == expected;
  }

  /** The key path in the file, e.g. {@code env.staging.services[0].binding}; empty for the root. */
  String path() {
    return path;
  }

  /** Where the key (or, for array elements and the root, the value) is declared. */
  SourceLocation location() {
    return location;
  }

  Map<String, Node> fields() {
    return fields;
  }

  List<Node> items() {
    return items;
  }

  Node field(String key) {
    return fields.get(key);
  }

  String text() {
    return (String) scalar;
  }

  /** Words for messages: "a string", "an array", ... */
  String describeType() {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
    };
  }

  /** This value as plain, unmodifiable Java values (ordered maps, lists, scalars). */
  /**
   * A key that never reaches workerd as a var, a key inside a var's value or a top-level props key
   * (checked on workerd; nested in props it stays an ordinary key), so Bindery drops it there too.
   */
  static final String PROTO_KEY = "__proto__";

  Object toJava() {
    return toJava(false);
  }

  /** As {@link #toJava()}; {@code dropProto} leaves out {@link #PROTO_KEY} keys at every level. */
  Object toJava(boolean dropProto) {
    switch (kind) {
      case OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
          if (!dropProto || !key.equals(PROTO_KEY)) {
            map.put(key, value.toJava(dropProto));
          }
        });
        return Collections.unmodifiableMap(map);
      case ARRAY:
        List<Object> list = new ArrayList<>();
        items.forEach(item -> list.add(item.toJava(dropProto)));
        return Collections.unmodifiableList(list);
      default:
        return scalar;
    }
  }
}
