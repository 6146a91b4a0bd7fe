package dev.bindery.runtime.internal.loop;

/**
 * The thread that owns one or more worker contexts. Every entry into a worker's GraalJS
 * context happens in a task of its loop, never from another thread; completions that arrive on
 * other threads (outbound HTTP, timers) are posted back with {@link #execute}.
 */
public interface EventLoop {

  /** Runs {@code task} on the loop thread, after the tasks already queued. */
  void execute(Runnable task);

  /** Runs {@code task} on the loop thread after {@code delayMillis}; the handle cancels it. */
  Cancellable schedule(long delayMillis, Runnable task);

  /** True when the calling thread is this loop's thread. */
  boolean inLoop();

  /** A scheduled task that may still be cancelled. */
  interface Cancellable {
    void cancel();
  }
}
