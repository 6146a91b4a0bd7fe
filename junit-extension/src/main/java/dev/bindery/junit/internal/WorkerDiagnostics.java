package dev.bindery.junit.internal;

/**
 * Attached to a failed test as a suppressed exception: the JS error with its stack, each worker's
 * console, and the cross-worker calls. It has no Java stack of its own.
 */
public final class WorkerDiagnostics extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WorkerDiagnostics(String report) {
    super(report, null, false, false);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
