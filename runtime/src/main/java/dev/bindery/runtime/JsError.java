package dev.bindery.runtime;

/**
 * Thrown by Java code that stands in for a worker (a {@link ServiceHandler}) to make the calling
 * worker see a JavaScript error of the given class ({@code Error}, {@code TypeError},
 * {@code RangeError}, ...) and message, with {@code remote = true} as workerd sets it.
 */
public class JsError extends RuntimeException {

  private final String jsClass;

  public JsError(String jsClass, String message) {
    super(message);
    this.jsClass = jsClass;
  }

  /** A plain {@code Error}. */
  public JsError(String message) {
    this("Error", message);
  }

  public String jsClass() {
    return jsClass;
  }
}
