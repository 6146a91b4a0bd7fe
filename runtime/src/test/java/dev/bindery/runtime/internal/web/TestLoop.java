package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.internal.loop.EventLoop;
import java.util.ArrayDeque;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

/**
 * A deterministic loop driven by the test thread, with a virtual clock: scheduled tasks run in
 * due-time order (ties in scheduling order) when the test lets time pass.
 */
final class TestLoop implements EventLoop {

  private record Timer(long due, long seq, Runnable task, boolean[] cancelled) {}

  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>((a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private final Thread owner = Thread.currentThread();
  private long now;
  private long seq;

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
  }

  @Override
  public synchronized Cancellable schedule(long delayMillis, Runnable task) {
    boolean[] cancelled = {false};
    timers.add(new Timer(now + Math.max(0, delayMillis), seq++, task, cancelled));
    return () -> cancelled[0] = true;
  }

  @Override
  public boolean inLoop() {
    return Thread.currentThread() == owner;
  }

  long now() {
    return now;
  }

  /** Runs queued tasks, then due timers, letting virtual time pass, until {@code done} or nothing is left. */
  void runUntil(BooleanSupplier done) {
    while (!done.getAsBoolean()) {
      Runnable task = tasks.poll();
      if (task != null) {
        task.run();
        continue;
      }
      Timer next = nextTimer();
      if (next == null) {
        return;
      }
      now = Math.max(now, next.due);
      next.task.run();
    }
  }

  /** Runs everything, including every timer that will ever fire (intervals excluded by {@code maxTime}). */
  void runAll(long maxTime) {
    runUntil(() -> {
      synchronized (this) {
        Timer t = peekLive();
        return tasks.isEmpty() && (t == null || t.due > maxTime);
      }
    });
  }

  private synchronized Timer nextTimer() {
    Timer t = peekLive();
    if (t != null) {
      timers.poll();
    }
    return t;
  }

  private Timer peekLive() {
    while (!timers.isEmpty() && timers.peek().cancelled[0]) {
      timers.poll();
    }
    return timers.peek();
  }

  int liveTimers() {
    return (int) new ArrayDeque<>(timers).stream().filter(t -> !t.cancelled[0]).count();
  }
}
