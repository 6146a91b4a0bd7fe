package dev.bindery.runtime.internal.rpc;

import java.util.Arrays;

/**
 * How a call across a binding ended: a returned value, an error thrown by the callee, or an
 * error raised by the runtime for the caller (which carries no {@code remote} flag). A thrown
 * error keeps the callee's JS stack beside its tokens, for Java only: callers in JS never see it.
 */
public record Outcome(Kind kind, Object[] tokens, String stack) {

  public enum Kind { RETURNED, THREW, LOCAL_ERROR }

  public Outcome {
    stack = stack == null ? "" : stack;
  }

  public static Outcome returned(Object[] tokens) {
    return new Outcome(Kind.RETURNED, tokens, "");
  }

  /** An error from a worker; the runtime's own errors (marked "local-error") reach the caller without remote. */
  public static Outcome threw(Object[] errorTokens) {
    return threw(errorTokens, "");
  }

  /**
   * An error as a worker's {@code encodeThrown} makes it: the error's tokens, then its stack as a
   * last token, which is taken off here so that it never reaches another worker.
   */
  public static Outcome thrownWithStack(Object[] tokensAndStack) {
    int last = tokensAndStack.length - 1;
    if (last < 0 || !(tokensAndStack[last] instanceof String stack)) {
      throw new IllegalStateException("internal error: error tokens without a stack");
    }
    return threw(Arrays.copyOf(tokensAndStack, last), stack);
  }

  private static Outcome threw(Object[] errorTokens, String stack) {
    boolean local = errorTokens.length > 0 && "local-error".equals(errorTokens[0]);
    return new Outcome(local ? Kind.LOCAL_ERROR : Kind.THREW, errorTokens, stack);
  }

  /** An error of the runtime itself, as error tokens ("error", class, name, message, no props). */
  public static Outcome error(String jsClass, String message) {
    return new Outcome(Kind.THREW, errorTokens(jsClass, message), "");
  }

  public static Outcome localError(String jsClass, String message) {
    return new Outcome(Kind.LOCAL_ERROR, errorTokens(jsClass, message), "");
  }

  static Object[] errorTokens(String jsClass, String message) {
    // "error", class, name, message, then an empty serialized array (ARR, length 0, 0 entries).
    return new Object[] {"error", jsClass, jsClass, message, 9, 0, 0};
  }
}
