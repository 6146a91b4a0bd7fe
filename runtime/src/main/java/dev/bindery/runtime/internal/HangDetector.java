package dev.bindery.runtime.internal;

import dev.bindery.runtime.internal.rpc.RequestChain;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.IntSupplier;

/**
 * Finds invocations that can never finish, as workerd does: each incoming call or fetch is watched
 * in its own scope, and when the loop has nothing left to run and nothing of that scope (a timer, a
 * call it made that is still unanswered) can wake it, it is cancelled with workerd's message; its
 * caller then runs on. Another scope's timers do not keep it alive (checked on workerd, our case
 * 139), and calls on stubs (callbacks, RpcTarget methods) are not watched: workerd lets them wait.
 * Invocations without a scope (a worker's module loading) fail when nothing in the group can wake
 * any worker.
 */
public final class HangDetector {

  public static final String MESSAGE = "The Workers runtime canceled this request because it detected that your "
      + "Worker's code had hung and would never generate a response. Refer to: "
      + "https://developers.cloudflare.com/workers/observability/errors/";

  /** An unfinished invocation; {@code cancel} settles it with the hang error. */
  public interface Invocation {
    void cancel(String message);

    /** The scope whose timers and outbound calls may still wake it, or null to look at the whole group. */
    default RequestChain scope() {
      return null;
    }
  }

  private final Deque<Invocation> open = new ArrayDeque<>();
  private final IntSupplier externalWork;
  private final IntSupplier offLoopWork;

  /**
   * @param externalWork everything that may still wake some worker (timers, off-loop calls)
   * @param offLoopWork calls being answered off the loop (Java handlers, outbound fetches), which
   *     may wake any worker
   */
  public HangDetector(IntSupplier externalWork, IntSupplier offLoopWork) {
    this.externalWork = externalWork;
    this.offLoopWork = offLoopWork;
  }

  /** Registers an invocation; call {@link #finished} when it settles. Loop thread only. */
  public void started(Invocation i) {
    open.push(i);
  }

  public void finished(Invocation i) {
    open.remove(i);
  }

  /** Runs when the loop is idle: cancels the newest invocation that nothing can wake. */
  public void onIdle() {
    if (open.isEmpty() || offLoopWork.getAsInt() > 0) {
      return;
    }
    boolean groupIdle = externalWork.getAsInt() == 0;
    for (Iterator<Invocation> it = open.iterator(); it.hasNext(); ) {
      Invocation i = it.next();
      RequestChain scope = i.scope();
      if (scope != null && scope.ended()) {
        it.remove(); // its caller is gone: it is cut off, not hung
        continue;
      }
      if (scope == null ? groupIdle : scope.idle()) {
        it.remove();
        i.cancel(MESSAGE);
        return;
      }
    }
  }
}
