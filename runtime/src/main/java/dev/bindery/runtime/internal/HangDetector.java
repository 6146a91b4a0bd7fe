package dev.bindery.runtime.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.IntSupplier;

/**
 * Finds invocations that can never finish, as workerd does: when the loop has nothing left to
 * run and no timer or outbound request can still wake any worker, the newest unfinished
 * invocation is cancelled with workerd's message; its caller then runs on and may finish.
 */
public final class HangDetector {

  public static final String MESSAGE = "The Workers runtime canceled this request because it detected that your "
      + "Worker's code had hung and would never generate a response. Refer to: "
      + "https://developers.cloudflare.com/workers/observability/errors/";

  /** An unfinished invocation; {@code cancel} settles it with the hang error. */
  public interface Invocation {
    void cancel(String message);
  }

  private final Deque<Invocation> open = new ArrayDeque<>();
  private final IntSupplier externalWork;

  public HangDetector(IntSupplier externalWork) {
    this.externalWork = externalWork;
  }

  /** Registers an invocation; call {@link #finished} when it settles. Loop thread only. */
  public void started(Invocation i) {
    open.push(i);
  }

  public void finished(Invocation i) {
    open.remove(i);
  }

  /** Runs when the loop is idle. */
  public void onIdle() {
    if (!open.isEmpty() && externalWork.getAsInt() == 0) {
      Invocation newest = open.pop();
      newest.cancel(MESSAGE);
    }
  }
}
