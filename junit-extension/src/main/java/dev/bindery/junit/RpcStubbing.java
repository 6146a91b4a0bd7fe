package dev.bindery.junit;

import dev.bindery.junit.internal.StubRules;
import dev.bindery.runtime.JsError;
import dev.bindery.runtime.internal.rpc.JavaValues;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One answer of a {@link ServiceStub} being written: which calls it takes ({@link #withArgs}),
 * an optional {@link #delayedBy delay}, then what it does ({@code will...}).
 */
public final class RpcStubbing {

  private final StubRules rules;
  private final String method;
  private Predicate<List<Object>> args = a -> true;
  private String argsText = "any";
  private Duration delay = Duration.ZERO;

  RpcStubbing(StubRules rules, String method) {
    this.rules = Objects.requireNonNull(rules);
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * Takes only calls with exactly these arguments, compared after structured clone (so
   * {@code 2} matches a JS {@code 2}, a record matches the object of its components).
   */
  public RpcStubbing withArgs(Object... expected) {
    Object normalized = JavaValues.decode(JavaValues.encodeArgs(expected));
    this.args = actual -> normalized.equals(actual);
    this.argsText = Arrays.stream(expected).map(RpcStubbing::show).collect(Collectors.joining(", "));
    return this;
  }

  /** Takes only calls whose arguments pass {@code test}; {@code description} shows in reports. */
  public RpcStubbing withArgsMatching(String description, Predicate<List<Object>> test) {
    this.args = Objects.requireNonNull(test);
    this.argsText = description;
    return this;
  }

  /** Settles the call only after {@code delay}, without holding any thread meanwhile. */
  public RpcStubbing delayedBy(Duration delay) {
    this.delay = Objects.requireNonNull(delay);
    return this;
  }

  /** Returns {@code value} (cloned into the worker). */
  public void willReturn(Object value) {
    add(call -> value, "returns " + show(value));
  }

  /** Computes the result from the call's arguments (Java values after clone). */
  public void willAnswer(Function<List<Object>, Object> answer) {
    add(call -> answer.apply(call.args()), "answers");
  }

  /** Rejects with a JS error of class {@code jsClass} ({@code TypeError}, {@code RangeError}...). */
  public void willThrow(String jsClass, String message) {
    add(call -> {
      throw new JsError(jsClass, message);
    }, "throws " + jsClass + ": " + message);
  }

  /** Rejects with a plain {@code Error}. */
  public void willThrow(String message) {
    willThrow("Error", message);
  }

  private void add(StubRules.Answer answer, String text) {
    rules.add(new StubRules.Rule(method, args, argsText, answer, delay, text));
  }

  static String show(Object v) {
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }
}
