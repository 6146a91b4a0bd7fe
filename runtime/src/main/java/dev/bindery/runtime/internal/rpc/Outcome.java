package dev.bindery.runtime.internal.rpc;

/**
 * How a call across a binding ended: a returned value, an error thrown by the callee, or an
 * error raised by the runtime for the caller (which carries no {@code remote} flag).
 */
public record Outcome(Kind kind, Object[] tokens) {

  public enum Kind { RETURNED, THREW, LOCAL_ERROR }

  public static Outcome returned(Object[] tokens) {
    return new Outcome(Kind.RETURNED, tokens);
  }

  /** An error from a worker; the runtime's own errors (marked "local-error") reach the caller without remote. */
  public static Outcome threw(Object[] errorTokens) {
    boolean local = errorTokens.length > 0 && "local-error".equals(errorTokens[0]);
    return new Outcome(local ? Kind.LOCAL_ERROR : Kind.THREW, errorTokens);
  }

  /** An error of the runtime itself, as error tokens ("error", class, name, message, no props). */
  public static Outcome error(String jsClass, String message) {
    return new Outcome(Kind.THREW, errorTokens(jsClass, message));
  }

  public static Outcome localError(String jsClass, String message) {
    return new Outcome(Kind.LOCAL_ERROR, errorTokens(jsClass, message));
  }

  static Object[] errorTokens(String jsClass, String message) {
    // "error", class, name, message, then an empty serialized array (ARR, length 0, 0 entries).
    return new Object[] {"error", jsClass, jsClass, message, 9, 0, 0};
  }
}
