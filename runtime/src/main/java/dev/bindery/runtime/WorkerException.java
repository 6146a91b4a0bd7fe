package dev.bindery.runtime;

import java.util.List;

/**
 * A JavaScript error that reached Java: thrown by a worker's code, raised by the runtime on a
 * worker's behalf (a missing RPC method, a clone failure), or a worker that failed to start.
 * It keeps the JS class, name and message, and the stack as the worker's source reports it.
 */
public class WorkerException extends RuntimeException {

  private final String worker;
  private final String jsClass;
  private final String jsName;
  private final String jsMessage;
  private final String jsStack;

  public WorkerException(String worker, String jsClass, String jsName, String jsMessage, String jsStack, String message) {
    super(message);
    this.worker = worker;
    this.jsClass = jsClass;
    this.jsName = jsName;
    this.jsMessage = jsMessage;
    this.jsStack = jsStack == null ? "" : jsStack;
  }

  /** The worker the error comes from. */
  public String worker() {
    return worker;
  }

  /** The JS constructor of the error, such as {@code TypeError}. */
  public String jsClass() {
    return jsClass;
  }

  /** The error's {@code name} (differs from the class for custom names). */
  public String jsName() {
    return jsName;
  }

  /** The error's {@code message} as JS sees it. */
  public String jsMessage() {
    return jsMessage;
  }

  /**
   * The JS stack where the error was thrown in the worker (for a failed call or fetch, the callee's
   * own stack, which JS callers never see), with file names and lines of the worker's sources:
   * frames in TypeScript files name the original line and column. May be empty.
   */
  public String jsStack() {
    return jsStack;
  }

  /** The stack as lines. */
  public List<String> jsStackLines() {
    return jsStack.isEmpty() ? List.of() : List.of(jsStack.split("\n"));
  }
}
