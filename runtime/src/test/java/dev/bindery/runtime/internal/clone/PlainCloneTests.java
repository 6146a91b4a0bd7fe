package dev.bindery.runtime.internal.clone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.internal.rpc.ValueWalker;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain-data fast path against the general one: where the fast path answers, its tokens are
 * ValueWalker's to the token, and what it builds reads back as the same tokens; where a value is
 * anything but plain data, it does not answer, so that the general path serializes it with
 * nothing of it run yet.
 */
class PlainCloneTests {

  static Context context;
  static PlainClone plain;
  static ValueWalker walker;

  @BeforeAll
  @BeforeContainer
  static void start() {
    if (context != null) {
      return;
    }
    // An engine of its own: the shared one remembers the workers' host access configuration.
    context = Context.newBuilder("js", CloneLanguage.ID).option("engine.WarnInterpreterOnly", "false").build();
    context.enter();
    // What ValueWalker needs of core.js for plain data: its costs, and prototypes confirmed.
    Value api = context.eval("js", """
        ({ walkSession() { throw new Error("not plain data"); }, walkConfirm: () => true,
           walkTooDeep() { throw new RangeError("too deep"); },
           walkCosts: { object: 272294, readObject: 431872, readArray: 159847, budget: 1e9 } })""");
    plain = new PlainClone(context, api.getMember("walkCosts"));
    walker = new ValueWalker(api, context.eval("js", "undefined"), context.eval("js", "Object"),
        context.eval("js", "Array"), context.eval("js", "0n"));
  }

  @AfterAll
  @AfterContainer
  static void stop() {
    if (context != null) {
      context.leave();
      context.close();
      context = null;
    }
  }

  private static Value js(String source) {
    return context.eval("js", "(" + source + ")");
  }

  /** The fast path's tokens for {@code source}, checked against ValueWalker's and read back. */
  private static Object[] fastTokens(String source) {
    Value value = js(source);
    Object[] tokens = plain.tokens(value);
    assertThat(tokens).as("fast path answers for %s", source).isNotNull();
    assertThat(tokens).as("same tokens as ValueWalker for %s", source).containsExactly(walker.walk(value, null));
    Value built = plain.value(tokens);
    if (built != null) {
      assertThat(built.getArrayElement(0).asInt()).isEqualTo(28);
      assertThat(plain.tokens(built.getArrayElement(1))).as("built value of %s read back", source).containsExactly(tokens);
    }
    return tokens;
  }

  @Test
  void the_fast_path_is_built_for_the_graaljs_version_in_use() {
    // A GraalJS upgrade fails here first: run these tests on the new version, then move BUILT_FOR.
    assertThat(CloneLanguage.graalJsVersion()).isEqualTo(CloneLanguage.BUILT_FOR);
  }

  @Test
  void numbers_are_written_as_valuewalker_writes_them() {
    fastTokens("[0, -0, 1.5, NaN, Infinity, -Infinity, 2 ** 31, -(2 ** 31), 2 ** 53, 1e300, 3.0, 0.1 + 0.2]");
  }

  @Test
  void keys_keep_js_order_with_indices_first_and_proto_as_an_own_key() {
    // (ValueWalker hands an own "__proto__" key to core.js: these are core.js's tokens.)
    Object[] tokens = plain.tokens(js("JSON.parse('{\"b\":1,\"10\":2,\"__proto__\":3,\"2\":4,\"\":5,\"constructor\":6}')"));
    assertThat(tokens).containsExactly(8, 6, "2", 4, 4, "10", 4, 2, "b", 4, 1, "__proto__", 4, 3, "", 4, 5, "constructor", 4, 6);
    Value built = plain.value(tokens).getArrayElement(1);
    Value keysAndProto = context.eval("js", """
        (o) => [Object.keys(o).join(), Object.getPrototypeOf(o) === Object.prototype, o.__proto__,
                Object.entries(Object.getOwnPropertyDescriptors(o)).every(([k, d]) => d.writable && d.enumerable && d.configurable)]""")
        .execute(built);
    assertThat(keysAndProto.getArrayElement(0).asString()).isEqualTo("2,10,b,__proto__,,constructor");
    assertThat(keysAndProto.getArrayElement(1).asBoolean()).isTrue();
    assertThat(keysAndProto.getArrayElement(2).asInt()).isEqualTo(3);
    assertThat(keysAndProto.getArrayElement(3).asBoolean()).as("writable, enumerable, configurable").isTrue();
  }

  @Test
  void shared_references_and_cycles_keep_their_shape() {
    fastTokens("(() => { const s = { n: 1 }; const o = { a: s, b: [s, s], c: null }; o.self = o; return o; })()");
    Value built = plain.value(plain.tokens(js("(() => { const s = [1]; return { a: s, b: s }; })()"))).getArrayElement(1);
    assertThat(context.eval("js", "(o) => o.a === o.b && Array.isArray(o.a)").execute(built).asBoolean()).isTrue();
  }

  @Test
  void non_enumerable_and_frozen_plain_data_is_still_plain() {
    fastTokens("Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false })");
    fastTokens("Object.freeze({ a: [1, 2], b: 'x' })");
    fastTokens("Object.freeze([1, 'two', { three: 3 }])");
    fastTokens("Object.assign([1, 2], { named: 'x' })");
    fastTokens("(() => { const a = [1, 2]; a.length = 2e9; return a; })()"); // trailing holes
    fastTokens("(() => { const a = []; a[1e6] = 1; return a; })()"); // leading holes
    fastTokens("[1, , 3, , []]");
    fastTokens("'lone \\uD800 surrogate and \\u0000 nul'");
  }

  @Test
  void a_key_whose_values_change_kind_from_object_to_object_is_built_right_each_time() {
    // The builder replays the engine's shape transitions: a value the remembered place cannot hold
    // (an int place, then a string) must go through the engine's own put.
    for (int i = 0; i < 3; i++) {
      fastTokens("[{ v: 1 }, { v: 'two' }, { v: 3.5 }, { v: { four: 4 } }, { v: 5 }, { v: null }, { v: -0 }, { v: [] }]");
      fastTokens("[{ a: 1, b: 2 }, { a: 'x', b: 2 }, { a: 1, b: 'y' }, { b: 1, a: 2 }]");
    }
  }

  @Test
  void strings_and_keys_survive_the_round_trip() {
    fastTokens("{ 'ключ': 'значение', '\\uDC00': '\\uD83D\\uDE00', 'a\\u0000b': '' }");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{ get g() { return 1; } }", // a getter would run
      "Object.defineProperty([1, 2], 1, { get() { return 1; }, enumerable: true })",
      "Object.defineProperty([1, 2], 1, { value: 2, enumerable: false })",
      "new (class A {})()", "Object.create(null)", "Object.create({ inherited: 1 })",
      "new Proxy({}, {})", "new Map()", "new Date(0)", "/re/", "new Number(1)", "Object('s')",
      "10n", "{ big: 1n }", "Symbol('s')", "{ [Symbol('k')]: 1 }", "() => 1", "{ f() {} }",
      "(function () { return arguments; })(1, 2)", "globalThis", "new Uint8Array(2)", "new ArrayBuffer(2)",
      "new Error('e')", "Object.setPrototypeOf([1], Object.prototype)", "new (class L extends Array {})()",
      "Object.setPrototypeOf({ a: 1 }, Array.prototype)"})
  void anything_but_plain_data_goes_to_the_general_path(String source) {
    assertThat(plain.tokens(js(source))).as(source).isNull();
  }

  @Test
  void deep_nesting_goes_to_the_general_path_which_throws_when_v8_would() {
    Value deep = js("(() => { let o = {}; for (let i = 0; i < 5000; i++) o = { o }; return o; })()");
    assertThat(plain.tokens(deep)).isNull();
    String nested = "(() => { let o = [1]; for (let i = 1; i < %d; i++) o = { o }; return o; })()";
    assertThat(plain.tokens(js(nested.formatted(PlainReader.MAX_LEVELS)))).isNotNull();
    assertThat(plain.tokens(js(nested.formatted(PlainReader.MAX_LEVELS + 1)))).isNull();
  }

  @Test
  void tokens_the_builder_does_not_take_go_to_core_js() {
    assertThat(plain.value(new Object[] {6, "10"})).as("BigInt").isNull();
    assertThat(plain.value(new Object[] {9, 3, 2, "0", 4, 1, "2", 4, 3})).as("a hole").isNull();
    assertThat(plain.value(plain.tokens(js("Object.assign([1], { x: 2 })")))).as("a named array key").isNull();
    assertThat(plain.value(plain.tokens(js("(() => { const a = [1]; a.push(a); return a; })()")))).as("an array inside itself").isNull();
    assertThat(plain.value(new Object[] {10, 0.0})).as("a Date").isNull();
  }

  @Test
  void an_own_constructor_key_is_plain_data() {
    // (ValueWalker hands such objects to core.js, which writes these tokens.)
    assertThat(plain.tokens(js("{ constructor: 1, toString: 'x' }"))).containsExactly(8, 2, "constructor", 4, 1, "toString", 5, "x");
  }

  /** JS source of plain data (the keys ValueWalker leaves to core.js, "__proto__" and "constructor", are tested above). */
  @Provide
  Arbitrary<String> plainData() {
    return value(3);
  }

  private static Arbitrary<String> value(int depth) {
    Arbitrary<String> primitive = Arbitraries.oneOf(
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.doubles().map(d -> d.toString().replace("Infinity", "(1/0)").replace("NaN", "(0/0)")),
        Arbitraries.of("-0", "NaN", "Infinity", "-Infinity", "null", "undefined", "true", "false", "2**53", "0.5"),
        Arbitraries.strings().ofMaxLength(8).map(PlainCloneTests::literal));
    if (depth == 0) {
      return primitive;
    }
    Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("a", "b", "0", "7", "", "-1", "1.5", "4294967295"),
        Arbitraries.strings().ofMaxLength(4)).map(PlainCloneTests::literal);
    Arbitrary<String> object = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4).flatMap(values ->
        key.list().ofSize(values.size()).map(keys -> {
          StringBuilder s = new StringBuilder("(() => { const o = {};");
          for (int i = 0; i < values.size(); i++) {
            s.append("Object.defineProperty(o, ").append(keys.get(i)).append(", { value: ").append(values.get(i))
                .append(", enumerable: true, writable: true, configurable: true });");
          }
          return s.append(" return o; })()").toString();
        }));
    Arbitrary<String> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(5)
        .map(values -> "[" + String.join(", ", values) + "]");
    return Arbitraries.oneOf(primitive, object, array);
  }

  private static String literal(String s) {
    StringBuilder b = new StringBuilder("'");
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.append('\'').toString();
  }

  @Property(tries = 300)
  void plain_data_takes_the_fast_path_with_valuewalkers_tokens(@ForAll("plainData") String source) {
    fastTokens(source);
  }
}
