package dev.bindery.runtime;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Java values that cross into a worker by structured clone ({@code Worker.call}), and what they come back as. */
final class JavaCloneValues {

  private JavaCloneValues() {}

  record Point(int x, String label, List<Object> tags) {}

  static Arbitrary<Object> value(int depth) {
    if (depth == 0) {
      return leaf();
    }
    return Arbitraries.lazy(() -> Arbitraries.frequencyOf(
        Tuple.of(4, leaf()),
        Tuple.of(2, Arbitraries.maps(string(), value(depth - 1)).ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m))),
        Tuple.of(2, value(depth - 1).list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l))),
        Tuple.of(1, Arbitraries.oneOf(string().map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i))
            .set().ofMaxSize(4).map(s -> (Object) new LinkedHashSet<>(s))),
        Tuple.of(1, Combinators.combine(Arbitraries.integers(), string(), value(depth - 1).list().ofMaxSize(2))
            .as((x, label, tags) -> (Object) new Point(x, label, tags)))));
  }

  static Arbitrary<String> string() {
    return Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(8);
  }

  static Arbitrary<Object> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.shorts().map(s -> (Object) s),
        Arbitraries.bytes().map(b -> (Object) b),
        Arbitraries.floats().map(f -> (Object) f),
        Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE)
            .map(d -> (Object) d),
        string().map(s -> (Object) s),
        Arbitraries.chars().map(c -> (Object) c),
        Arbitraries.bigIntegers().between(BigInteger.TWO.pow(128).negate(), BigInteger.TWO.pow(128))
            .map(b -> (Object) b),
        Arbitraries.longs().between(-8_640_000_000_000_000L, 8_640_000_000_000_000L)
            .map(ms -> (Object) Instant.ofEpochMilli(ms)),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(16).map(b -> (Object) b),
        Arbitraries.integers().array(int[].class).ofMaxSize(4).map(a -> (Object) a));
  }

  /**
   * The value as it should come back from a JS echo: JS has one number type (so numbers compare as
   * doubles, -0 kept), a char is a string, records are plain objects, byte[] is a Uint8Array and
   * int[] an array.
   */
  static Object normalized(Object v) {
    if (v instanceof Number n && !(v instanceof BigInteger)) {
      return n instanceof Long l ? (double) l : n.doubleValue();
    }
    if (v instanceof Character c) {
      return c.toString();
    }
    if (v instanceof byte[] bytes) {
      return "bytes:" + HexFormat.of().formatHex(bytes);
    }
    if (v instanceof int[] ints) {
      return normalized(java.util.Arrays.stream(ints).boxed().toList());
    }
    if (v instanceof Point p) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("x", p.x());
      m.put("label", p.label());
      m.put("tags", p.tags());
      return normalized(m);
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, normalized(x)));
      return out;
    }
    if (v instanceof Set<?> s) {
      Set<Object> out = new LinkedHashSet<>();
      s.forEach(x -> out.add(normalized(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(normalized(x)));
      return out;
    }
    return v;
  }
}
