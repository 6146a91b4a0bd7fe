package dev.bindery.runtime.internal.clone;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * The fast path of cloning plain data for one context: {@link CloneLanguage}'s programs, parsed
 * once. Must be used on the context's thread, from inside a call into it or with it entered.
 */
public final class PlainClone {

  /** Whether the GraalJS in use is the one the fast path was built for (asked once per JVM). */
  private static final boolean SUPPORTED = CloneLanguage.BUILT_FOR.equals(CloneLanguage.graalJsVersion());

  private static final Source READ = Source.create(CloneLanguage.ID, "read");
  private static final Source WRITE = Source.create(CloneLanguage.ID, "write");

  private final Value read;
  private final Value write;
  private final long writeObjectCost;
  private final long readObjectCost;
  private final long readArrayCost;
  private final long budget;

  /**
   * @param costs core.js's nesting costs of V8's serializer and deserializer ({@code object},
   *     {@code readObject}, {@code readArray}, {@code budget})
   */
  public PlainClone(Context context, Value costs) {
    boolean supported = SUPPORTED;
    this.read = supported ? context.parse(READ) : null;
    this.write = supported ? context.parse(WRITE) : null;
    this.writeObjectCost = costs.getMember("object").asLong();
    this.readObjectCost = costs.getMember("readObject").asLong();
    this.readArrayCost = costs.getMember("readArray").asLong();
    this.budget = costs.getMember("budget").asLong();
  }

  /** The clone tokens of {@code value} when it is plain data, else null (nothing of it ran). */
  public Object[] tokens(Value value) {
    if (read == null) {
      return null;
    }
    Value tokens = read.execute(value, writeObjectCost, budget);
    return tokens.isHostObject() ? tokens.asHostObject() : null;
  }

  /**
   * The tokens of plain data as core.js's decoder takes them ({@code [PLAIN, value]}, the value
   * built in this context), or null when the tokens hold anything else.
   */
  public Value value(Object[] tokens) {
    if (write == null) {
      return null;
    }
    Value value = write.execute((Object) tokens, readObjectCost, readArrayCost, budget);
    return value.isBoolean() ? null : value;
  }
}
