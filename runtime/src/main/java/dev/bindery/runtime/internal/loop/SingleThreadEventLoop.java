package dev.bindery.runtime.internal.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
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
 *
 * <p>Timers are kept in one queue, ordered by (virtual time when set + delay, sequence), and fire
 * one at a time in that order, each no earlier than its delay after the real time it was set. The
 * virtual time moves to the real time only when work arrives from outside the loop (a request, an
 * outbound reply) and to a timer's due time when it fires; work the loop hands itself (calls between
 * workers, their replies) takes no virtual time. So timers set in one turn, or along one chain of
 * calls, fire in the order their delays give however slowly the interpreter ran between them, as
 * they do on workerd, whose JavaScript runs in a fraction of a millisecond there (our case 170 once
 * failed under load: {@code scheduler.wait(20)} and then {@code setTimeout(5)} fired in the wrong order).
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
  // Timers (loop thread only). Times are nanoseconds since the loop was made.
  private static final long MAX_DELAY_MILLIS = 3_153_600_000_000L; // 100 years, workerd's clamp
  private final long epoch = System.nanoTime();
  private final TreeSet<Timer> pendingTimers = new TreeSet<>();
  private long timerSequence;
  private long virtualNow;
  private ScheduledFuture<?> wakeup;
  private long wakeupAt;
  private long wakeupToken;

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
    queue.add(Thread.currentThread() == thread ? task : new External(task));
  }

  @Override
  public void executeFirst(Runnable task) {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != thread) {
      queue.add(new External(task));
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
      queue.add(new External(task));
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
    long delay = Math.min(Math.max(0, delayMillis), MAX_DELAY_MILLIS) * 1_000_000L;
    if (Thread.currentThread() != thread) {
      ScheduledFuture<?> f = timers.schedule(() -> execute(task), delay, TimeUnit.NANOSECONDS);
      return () -> f.cancel(false);
    }
    Timer timer = new Timer(virtualNow + delay, timerSequence++, realNow() + delay, task);
    pendingTimers.add(timer);
    if (pendingTimers.first() == timer) {
      armWakeup();
    }
    return () -> {
      if (Thread.currentThread() != thread) {
        execute(() -> cancelTimer(timer));
      } else {
        cancelTimer(timer);
      }
    };
  }

  private long realNow() {
    return System.nanoTime() - epoch;
  }

  private void cancelTimer(Timer timer) {
    boolean wasFirst = !pendingTimers.isEmpty() && pendingTimers.first() == timer;
    if (pendingTimers.remove(timer) && wasFirst) {
      armWakeup();
    }
  }

  /** Makes sure the timer thread wakes the loop when the first timer is due (and not for another). */
  private void armWakeup() {
    if (closed) {
      return;
    }
    if (pendingTimers.isEmpty()) {
      if (wakeup != null) {
        wakeup.cancel(false);
        wakeup = null;
      }
      return;
    }
    long due = pendingTimers.first().realDue;
    if (wakeup != null) {
      if (wakeupAt == due) {
        return;
      }
      wakeup.cancel(false);
    }
    long token = ++wakeupToken;
    wakeupAt = due;
    wakeup = timers.schedule(() -> {
      if (!closed) {
        queue.add(() -> fireTimer(token));
      }
    }, Math.max(0, due - realNow()), TimeUnit.NANOSECONDS);
  }

  /** Runs the first timer if it is due, as a turn of its own at its due time. */
  private void fireTimer(long token) {
    if (token == wakeupToken) {
      wakeup = null;
    }
    if (pendingTimers.isEmpty()) {
      return;
    }
    Timer timer = pendingTimers.first();
    if (timer.realDue > realNow()) {
      armWakeup();
      return;
    }
    pendingTimers.pollFirst();
    // The turn runs at the timer's due time, even when work from outside has moved the loop's time
    // on meanwhile: timers its callback sets count from there (a chain of timers keeps its order).
    long outside = virtualNow;
    virtualNow = timer.key;
    try {
      timer.task.run();
    } finally {
      virtualNow = Math.max(outside, timer.key);
      if (!pendingTimers.isEmpty() && pendingTimers.first().realDue <= realNow()) {
        long next = ++wakeupToken; // the next one is due already: its own turn, after what is queued
        if (wakeup != null) {
          wakeup.cancel(false);
          wakeup = null;
        }
        queue.add(() -> fireTimer(next));
      } else {
        armWakeup();
      }
    }
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
      if (task instanceof External external) {
        long now = realNow(); // work from outside: the loop's virtual time catches up
        if (now > virtualNow) {
          virtualNow = now;
        }
        task = external.task;
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

  /** A task handed to the loop by another thread. */
  private record External(Runnable task) implements Runnable {
    @Override
    public void run() {
      task.run();
    }
  }

  /** A pending timer: due at {@code key} in virtual time, not before {@code realDue} in real time. */
  private record Timer(long key, long sequence, long realDue, Runnable task) implements Comparable<Timer> {
    @Override
    public int compareTo(Timer o) {
      return key != o.key ? Long.compare(key, o.key) : Long.compare(sequence, o.sequence);
    }
  }
}
