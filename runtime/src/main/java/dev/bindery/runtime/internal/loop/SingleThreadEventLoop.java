package dev.bindery.runtime.internal.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An event loop on one daemon thread. Tasks run in order; a task that throws is handed to the
 * failure handler and the loop goes on. {@link #onIdle} runs whenever the queue drains, which is
 * where the group looks for requests that can never settle.
 */
public final class SingleThreadEventLoop implements EventLoop, AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Runnable POISON = () -> {};
  // GraalJS's interpreter takes far more stack per JS call than V8: workers get V8's depths
  // (about 10,000 plain calls, thousands of nested objects in a clone) only on a large stack.
  private static final long STACK_SIZE = Long.getLong("bindery.loopStackSize", 64L << 20);

  private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
  private final java.util.ArrayDeque<Runnable> front = new java.util.ArrayDeque<>(); // loop thread only
  private final java.util.ArrayDeque<Runnable> urgent = new java.util.ArrayDeque<>(); // loop thread only
  private final Thread thread;
  private final ScheduledExecutorService timers;
  private final Consumer<Throwable> onFailure;
  private final List<Runnable> idleHooks = new ArrayList<>();
  private volatile boolean closed;
  // When the running task started (System.nanoTime), or 0 while the loop waits: for the CPU watchdog.
  private volatile long taskStarted;

  public SingleThreadEventLoop(String name, Consumer<Throwable> onFailure) {
    this.onFailure = onFailure;
    String threadName = name + "-" + COUNTER.incrementAndGet();
    this.thread = new Thread(null, this::run, threadName, STACK_SIZE);
    this.thread.setDaemon(true);
    ThreadFactory timerThreads = r -> {
      Thread t = new Thread(r, threadName + "-timers");
      t.setDaemon(true);
      return t;
    };
    this.timers = Executors.newSingleThreadScheduledExecutor(timerThreads);
    this.thread.start();
  }

  /** Registers a hook that runs on the loop thread each time the queue becomes empty. */
  public void onIdle(Runnable hook) {
    execute(() -> idleHooks.add(hook));
  }

  @Override
  public void execute(Runnable task) {
    if (closed) {
      return;
    }
    queue.add(task);
  }

  @Override
  public void executeFirst(Runnable task) {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != thread) {
      queue.add(task);
      return;
    }
    front.add(task);
  }

  @Override
  public void executeUrgent(Runnable task) {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != thread) {
      queue.add(task);
      return;
    }
    urgent.add(task);
  }

  private Runnable pollFront() {
    return urgent.isEmpty() ? front.poll() : urgent.poll();
  }

  @Override
  public Cancellable schedule(long delayMillis, Runnable task) {
    if (closed) {
      return () -> {};
    }
    ScheduledFuture<?> f = timers.schedule(() -> execute(task), Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
    return () -> f.cancel(false);
  }

  /** How long the task now running has run, in nanoseconds; 0 when the loop is waiting. */
  public long runningFor() {
    long started = taskStarted;
    return started == 0 ? 0 : System.nanoTime() - started;
  }

  @Override
  public boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  private void run() {
    while (true) {
      Runnable task;
      try {
        task = urgent.isEmpty() && front.isEmpty() ? queue.poll() : pollFront();
        if (task == null) {
          runIdleHooks();
          task = urgent.isEmpty() && front.isEmpty() ? queue.take() : pollFront();
        }
      } catch (InterruptedException e) {
        return;
      }
      if (task == POISON) {
        return;
      }
      try {
        taskStarted = System.nanoTime();
        task.run();
      } catch (Throwable t) {
        onFailure.accept(t);
      } finally {
        taskStarted = 0;
      }
    }
  }

  private void runIdleHooks() {
    for (Runnable hook : idleHooks) {
      if (!queue.isEmpty() || !front.isEmpty() || !urgent.isEmpty()) {
        return; // work arrived meanwhile: the loop is not idle after all
      }
      try {
        hook.run();
      } catch (Throwable t) {
        onFailure.accept(t);
      }
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    timers.shutdownNow();
    queue.add(POISON);
    closed = true;
    if (!inLoop()) {
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
