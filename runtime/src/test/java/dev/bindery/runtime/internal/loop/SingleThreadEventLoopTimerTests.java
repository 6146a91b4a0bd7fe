package dev.bindery.runtime.internal.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class SingleThreadEventLoopTimerTests {

  @AutoClose
  private final SingleThreadEventLoop loop = new SingleThreadEventLoop("timer-test", Throwable::printStackTrace);
  private final Semaphore arrivals = new Semaphore(0);
  /** What fired, in order; each addition is an arrival awaitFired waits for. */
  private final List<String> fired = new CopyOnWriteArrayList<>() {
    @Override
    public boolean add(String tag) {
      super.add(tag);
      arrivals.release();
      return true;
    }
  };

  private void timer(long delay, String tag) {
    loop.schedule(delay, () -> fired.add(tag));
  }

  private void awaitFired(int n) throws Exception {
    assertThat(arrivals.tryAcquire(n, 5, TimeUnit.SECONDS)).as("%d timers fired", n).isTrue();
    assertThat(fired).hasSize(n);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void timers_set_in_one_turn_fire_by_delay_however_long_the_turn_ran() throws Exception {
    loop.execute(() -> {
      timer(20, "wait 20");
      sleep(40); // the scenario itself: a slow interpreter between the two calls
      timer(5, "timeout 5");
      timer(5, "timeout 5 again");
      timer(0, "zero");
    });
    awaitFired(4);
    assertThat(fired).containsExactly("zero", "timeout 5", "timeout 5 again", "wait 20");
  }

  @Test
  void a_timer_never_fires_before_its_delay_has_passed_since_it_was_set() throws Exception {
    CompletableFuture<Long> waited = new CompletableFuture<>();
    loop.execute(() -> {
      sleep(30);
      long set = System.nanoTime();
      loop.schedule(20, () -> waited.complete(System.nanoTime() - set));
    });
    assertThat(waited.get(5, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(20));
  }

  @Test
  void work_the_loop_hands_itself_takes_no_time_but_work_from_outside_does() throws Exception {
    loop.execute(() -> {
      timer(30, "set first, 30");
      loop.execute(() -> {
        sleep(20); // by real time, the 10 ms timer set next would be due after the 30 ms one
        loop.execute(() -> timer(10, "set by a task it posted, 10"));
      });
    });
    awaitFired(2);
    assertThat(fired).containsExactly("set by a task it posted, 10", "set first, 30");
    fired.clear();
    loop.execute(() -> timer(30, "set first, 30"));
    sleep(50);
    loop.execute(() -> timer(10, "set from outside after 50 ms, 10"));
    awaitFired(2);
    assertThat(fired).containsExactly("set first, 30", "set from outside after 50 ms, 10");
  }

  @Test
  void a_timer_set_by_a_timer_counts_from_the_first_ones_due_time() throws Exception {
    loop.execute(() -> {
      loop.schedule(10, () -> {
        fired.add("a 10");
        sleep(30);
        timer(5, "c 5 after a");
      });
      timer(20, "b 20");
    });
    awaitFired(3);
    assertThat(fired).containsExactly("a 10", "c 5 after a", "b 20");
  }

  @Test
  void a_late_timer_still_counts_from_its_due_time_after_outside_work_moved_time_on() throws Exception {
    loop.execute(() -> {
      loop.schedule(10, () -> {
        fired.add("a 10");
        timer(5, "c 5 after a");
      });
      timer(20, "b 20");
      sleep(40); // both are overdue before the loop is free again
    });
    sleep(5);
    // Arrives while the loop is busy, before the timers fall due: it runs first and moves the
    // loop's time to now, past both timers.
    loop.execute(() -> fired.add("outside work"));
    awaitFired(4);
    assertThat(fired).containsExactly("outside work", "a 10", "c 5 after a", "b 20");
  }

  @Test
  void cancelled_timers_do_not_fire_and_do_not_hold_up_later_ones() throws Exception {
    loop.execute(() -> {
      EventLoop.Cancellable first = loop.schedule(5, () -> fired.add("cancelled"));
      timer(10, "kept");
      first.cancel();
      EventLoop.Cancellable far = loop.schedule(100_000, () -> fired.add("far"));
      timer(15, "after");
      far.cancel();
    });
    awaitFired(2);
    sleep(30);
    assertThat(fired).containsExactly("kept", "after");
  }
}
