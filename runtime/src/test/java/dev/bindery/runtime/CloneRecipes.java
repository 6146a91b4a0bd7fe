package dev.bindery.runtime;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates recipes for JS values: plain data that {@code workers/clone/kit.js} turns into the
 * value ({@code build(recipe)}), because workers cannot eval source text.
 */
final class CloneRecipes {

  private CloneRecipes() {}

  static final List<String> VIEW_TYPES = List.of("Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
      "Uint16Array", "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array");
  static final List<String> ERROR_TYPES = List.of("Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError",
      "TypeError", "URIError");
  static final List<String> UNCLONABLE = List.of("class", "taggedclass", "nullproto", "symbol", "weakmap",
      "weakset", "promise", "generator");

  private static final List<String> KEYS = List.of("a", "b", "zz", "__proto__", "constructor", "toString", "", "0",
      "1", "10", "4294967295", "é", "\uD83D\uDE00", "\uD800", "with space", "length");
  private static final List<String> NAMED = List.of("x", "named", "__proto__", "constructor", "-1", "1.5", "\uDC00");
  private static final List<String> TAGS = List.of("Date", "Map", "Set", "Error", "Promise", "Array", "RegExp",
      "ArrayBuffer", "Uint8Array", "DataView", "Number", "WeakMap", "Generator", "Symbol");
  private static final List<String> PATTERNS = List.of("a+b", "^\\d{2,3}$", "(?<year>\\d{4})-x", "", "[a-z]*",
      "\\/path\\/", "x|y", ".", "\\bword\\b", "\\u{1F600}");

  static Map<String, Object> recipe(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Any clonable value, nested up to {@code depth} containers deep. */
  static Arbitrary<Map<String, Object>> value(int depth) {
    if (depth == 0) {
      return Arbitraries.frequencyOf(Tuple.of(6, primitive()), Tuple.of(3, leafObject()), Tuple.of(1, ref()));
    }
    return Arbitraries.lazy(() -> Arbitraries.frequencyOf(
        Tuple.of(3, primitive()), Tuple.of(2, leafObject()), Tuple.of(2, ref()),
        Tuple.of(3, object(depth - 1)), Tuple.of(3, array(depth - 1)), Tuple.of(2, map(depth - 1)),
        Tuple.of(2, set(depth - 1)), Tuple.of(1, error(depth - 1))));
  }

  /** A value that is an object (so it has an identity). */
  static Arbitrary<Map<String, Object>> objectValue(int depth) {
    return Arbitraries.oneOf(leafObject(), object(depth), array(depth), map(depth), set(depth));
  }

  static Arbitrary<Map<String, Object>> primitive() {
    return Arbitraries.oneOf(
        Arbitraries.just(recipe("t", "undef")),
        Arbitraries.just(recipe("t", "null")),
        Arbitraries.of(true, false).map(b -> recipe("t", "bool", "v", b)),
        number().map(n -> recipe("t", "num", "v", n)),
        string().map(units -> recipe("t", "str", "units", units)),
        bigint().map(b -> recipe("t", "bigint", "v", b)));
  }

  static Arbitrary<Object> number() {
    return Arbitraries.oneOf(
        Arbitraries.of("NaN", "-0", "Infinity", "-Infinity").map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(0.1, 1e300, -5e-324, 9007199254740993.0, 2147483648.0).map(d -> (Object) d));
  }

  /** UTF-16 code units, with lone and paired surrogates, NUL, and other odd code points. */
  static Arbitrary<List<Integer>> string() {
    Arbitrary<Integer> unit = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0x20, 0x7e)),
        Tuple.of(1, Arbitraries.integers().between(0, 0x1f)),
        Tuple.of(1, Arbitraries.integers().between(0xd800, 0xdfff)),
        Tuple.of(1, Arbitraries.of(0xfeff, 0xfffe, 0xffff, 0x2028, 0x2029, 0x00e9, 0x0301)),
        Tuple.of(1, Arbitraries.integers().between(0, 0xffff)));
    return unit.list().ofMaxSize(8);
  }

  static Arbitrary<String> bigint() {
    return Arbitraries.bigIntegers().between(BigInteger.TWO.pow(100).negate(), BigInteger.TWO.pow(100))
        .map(BigInteger::toString);
  }

  static Arbitrary<Map<String, Object>> ref() {
    return Arbitraries.integers().between(0, 20).map(k -> recipe("t", "ref", "k", k));
  }

  /** Objects without children: Date, RegExp, buffers and views, wrappers. */
  static Arbitrary<Map<String, Object>> leafObject() {
    Arbitrary<Object> ms = Arbitraries.oneOf(Arbitraries.just("NaN"),
        Arbitraries.longs().between(-8_640_000_000_000_000L, 8_640_000_000_000_000L).map(l -> (Object) (double) l));
    Arbitrary<String> flags = Arbitraries.of('d', 'g', 'i', 'm', 's', 'u', 'y').set().map(s -> {
      StringBuilder b = new StringBuilder();
      s.forEach(b::append);
      return b.toString();
    });
    Arbitrary<Map<String, Object>> regexp = Combinators.combine(Arbitraries.of(PATTERNS), flags,
        Arbitraries.integers().between(0, 5)).as((src, f, li) -> recipe("t", "regexp", "src", src, "flags", f,
        "lastIndex", li));
    Arbitrary<Map<String, Object>> view = Combinators.combine(Arbitraries.of(VIEW_TYPES), buffer(),
        Arbitraries.integers().between(0, 16), Arbitraries.integers().between(0, 16))
        .as((type, buf, off, len) -> recipe("t", "view", "type", type, "buf", buf, "off", off, "len", len));
    Arbitrary<Map<String, Object>> dataView = Combinators.combine(buffer(), Arbitraries.integers().between(0, 16),
        Arbitraries.integers().between(0, 16)).as((buf, off, len) -> recipe("t", "dview", "buf", buf, "off", off,
        "len", len));
    Arbitrary<Map<String, Object>> wrapped = Arbitraries.oneOf(
        number().map(n -> recipe("t", "num", "v", n)),
        string().map(u -> recipe("t", "str", "units", u)),
        Arbitraries.of(true, false).map(b -> recipe("t", "bool", "v", b)),
        bigint().map(b -> recipe("t", "bigint", "v", b))).map(v -> recipe("t", "wrap", "v", v));
    return Arbitraries.oneOf(ms.map(m -> recipe("t", "date", "ms", m)), regexp,
        buffer().map(b -> recipe("t", "abuf", "buf", b)), view, view, dataView, wrapped);
  }

  /** A new buffer, or (with "share") one built earlier in the same value. */
  static Arbitrary<Map<String, Object>> buffer() {
    Arbitrary<List<Integer>> bytes = Arbitraries.integers().between(0, 255).list().ofMaxSize(24);
    return Combinators.combine(bytes, Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as((b, k, share) -> share ? recipe("bytes", b, "share", k) : recipe("bytes", b));
  }

  /**
   * An entry [key, value, mode]: a plain property, a getter, a non-enumerable or symbol-keyed one,
   * or ("tag") a Symbol.toStringTag naming a built-in type the object is not.
   */
  private static Arbitrary<List<Object>> property(Arbitrary<String> keys, int depth) {
    Arbitrary<String> mode = Arbitraries.frequency(Tuple.of(6, "plain"), Tuple.of(1, "getter"),
        Tuple.of(1, "hidden"), Tuple.of(1, "symbol"));
    Arbitrary<List<Object>> tag = Arbitraries.of(TAGS).map(t -> List.of(t, recipe("t", "undef"), "tag"));
    return Arbitraries.frequencyOf(Tuple.of(9, Combinators.combine(keys, value(depth), mode)
        .as((k, v, m) -> List.of(k, v, m))), Tuple.of(1, tag));
  }

  static Arbitrary<Map<String, Object>> object(int depth) {
    return property(Arbitraries.of(KEYS), depth).list().ofMaxSize(4).map(es -> recipe("t", "obj", "entries", es));
  }

  static Arbitrary<Map<String, Object>> array(int depth) {
    Arbitrary<Integer> length = Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(8, 3), Tuple.of(4, 6),
        Tuple.of(1, 100));
    return length.flatMap(len -> {
      Arbitrary<List<Object>> items = len == 0 ? Arbitraries.just(List.of())
          : Combinators.combine(Arbitraries.integers().between(0, len - 1), value(depth))
              .as((i, v) -> (Object) List.of(i, v)).list().ofMaxSize(Math.min(len, 5));
      Arbitrary<List<List<Object>>> named = property(Arbitraries.of(NAMED), depth).list().ofMaxSize(2);
      return Combinators.combine(items, named, Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)))
          .as((is, ns, sub) -> recipe("t", "arr", "len", len, "items", is, "named", ns, "sub", sub));
    });
  }

  static Arbitrary<Map<String, Object>> map(int depth) {
    Arbitrary<Map<String, Object>> key = Arbitraries.oneOf(primitive(), ref(), leafObject(),
        Arbitraries.just(recipe("t", "num", "v", "NaN")));
    Arbitrary<List<Object>> entries = Combinators.combine(key, value(depth)).as((k, v) -> (Object) List.of(k, v))
        .list().ofMaxSize(4);
    return Combinators.combine(entries, Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)))
        .as((es, sub) -> recipe("t", "map", "entries", es, "sub", sub));
  }

  static Arbitrary<Map<String, Object>> set(int depth) {
    Arbitrary<Map<String, Object>> item = Arbitraries.oneOf(value(depth),
        Arbitraries.just(recipe("t", "num", "v", "NaN")));
    return item.list().ofMaxSize(4).map(items -> recipe("t", "set", "items", new ArrayList<>(items)));
  }

  static Arbitrary<Map<String, Object>> error(int depth) {
    Arbitrary<Map<String, Object>> cause = Arbitraries.oneOf(Arbitraries.just(recipe()), value(depth));
    return Combinators.combine(Arbitraries.of(ERROR_TYPES), string(), cause).as((ctor, units, c) -> {
      String message = units.stream().map(u -> String.valueOf((char) (int) u)).reduce("", String::concat);
      return c.isEmpty() ? recipe("t", "err", "ctor", ctor, "message", message)
          : recipe("t", "err", "ctor", ctor, "message", message, "cause", c);
    });
  }

  /** A clonable value with one unclonable value somewhere inside it (or as the whole value). */
  static Arbitrary<Map<String, Object>> withOneUnclonable() {
    Arbitrary<Map<String, Object>> bad = Combinators.combine(Arbitraries.of(UNCLONABLE),
        Arbitraries.strings().alpha().ofMaxLength(5)).as((kind, desc) -> recipe("t", "unclonable", "kind", kind,
        "desc", desc));
    return Combinators.combine(bad, Arbitraries.integers().between(0, 4), value(1))
        .as((b, where, sibling) -> switch (where) {
          case 0 -> b;
          case 1 -> recipe("t", "obj", "entries", List.of(List.of("ok", sibling, "plain"), List.of("bad", b, "plain")));
          case 2 -> recipe("t", "arr", "len", 3, "items", List.of(List.of(0, sibling), List.of(2, b)), "named",
              List.of());
          case 3 -> recipe("t", "map", "entries", List.of(List.of(sibling, recipe("t", "arr", "len", 1, "items",
              List.of(List.of(0, b)), "named", List.of()))));
          default -> recipe("t", "set", "items", List.of(sibling, recipe("t", "obj", "entries",
              List.of(List.of("deep", b, "plain")))));
        });
  }

  static String expectedRefusal(Map<String, Object> recipe) {
    Map<?, ?> bad = findUnclonable(recipe);
    String desc = (String) bad.get("desc");
    return switch ((String) bad.get("kind")) {
      case "class" -> "Could not serialize object of type \"Widget\". This type does not support serialization.";
      case "taggedclass" -> "Could not serialize object of type \"Gadget\". This type does not support serialization.";
      case "nullproto" -> "Could not serialize object of type \"Object\". This type does not support serialization.";
      case "symbol" -> "Symbol(" + desc + ") could not be cloned.";
      case "weakmap" -> "#<WeakMap> could not be cloned.";
      case "weakset" -> "#<WeakSet> could not be cloned.";
      case "promise" -> "#<Promise> could not be cloned.";
      default -> "[object Generator] could not be cloned.";
    };
  }

  private static Map<?, ?> findUnclonable(Object node) {
    if (node instanceof Map<?, ?> m) {
      if ("unclonable".equals(m.get("t"))) {
        return m;
      }
      for (Object v : m.values()) {
        Map<?, ?> found = findUnclonable(v);
        if (found != null) {
          return found;
        }
      }
    } else if (node instanceof List<?> l) {
      for (Object v : l) {
        Map<?, ?> found = findUnclonable(v);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
