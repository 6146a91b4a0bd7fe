package dev.bindery.runtime.internal.loop;

/**
 * The thread that owns one or more worker contexts. Every entry into a worker's GraalJS
 * context happens in a task of its loop, never from another thread; completions that arrive on
 * other threads (outbound HTTP, timers) are posted back with {@link #execute}.
 */
public interface EventLoop {

  /** Runs {@code task} on the loop thread, after the tasks already queued. */
  void execute(Runnable task);

  /**
   * From the loop thread: runs {@code task} before the tasks {@link #execute} queued, after those
   * queued this way before it (a call on a stub is delivered ahead of a binding call made in the
   * same turn, as workerd delivers them: our case 241). Elsewhere the same as {@link #execute}.
   */
  default void executeFirst(Runnable task) {
    execute(task);
  }

  /**
   * From the loop thread: runs {@code task} before the tasks {@link #executeFirst} and {@link
   * #execute} queued, after those queued this way before it (a fetch through a binding reaches the
   * callee ahead of stub calls made in the same turn: our case 249). Elsewhere the same as {@link #execute}.
   */
  default void executeUrgent(Runnable task) {
    executeFirst(task);
  }

  /** Runs {@code task} on the loop thread after {@code delayMillis}; the handle cancels it. */
  Cancellable schedule(long delayMillis, Runnable task);

  /** True when the calling thread is this loop's thread. */
  boolean inLoop();

  /** A scheduled task that may still be cancelled. */
  interface Cancellable {
    void cancel();
  }
}
