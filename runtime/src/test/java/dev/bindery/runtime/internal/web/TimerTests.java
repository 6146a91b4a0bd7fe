package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class TimerTests {

  @AutoClose
  private final TestWorker worker = new TestWorker();

  @Test
  void timers_fire_in_due_order_after_microtasks() {
    worker.loop.execute(() -> worker.eval("globalThis.log = [];"
        + "setTimeout(() => log.push('a'), 20); setTimeout((x) => log.push(x), 10, 'b'); setTimeout(() => log.push('c'), 10);"
        + "let n = 0; const id = setInterval(() => { log.push('i' + ++n); if (n === 3) clearInterval(id); }, 15);"
        + "const gone = setTimeout(() => log.push('cleared'), 5); clearTimeout(gone);"
        + "queueMicrotask(() => log.push('micro')); Promise.resolve().then(() => log.push('then'));"));
    worker.loop.runAll(1000);
    assertThat(worker.eval("log.join()").asString()).isEqualTo("micro,then,b,c,i1,a,i2,i3");
    assertThat(worker.loop.now()).isEqualTo(45);
    assertThat(worker.internals.pendingOperations()).isZero();
  }

  @Test
  void timer_ids_are_positive_numbers_and_negative_delays_mean_zero() {
    assertThat(worker.run("const a = setTimeout(() => {}, -5); const b = setTimeout(() => {}); return [typeof a, a > 0, b > a].join()"))
        .isEqualTo("number,true,true");
  }

  @Test
  void a_throwing_callback_is_logged_as_uncaught_and_later_timers_still_run() {
    worker.loop.execute(() -> worker.eval("globalThis.after = false; setTimeout(() => { throw new Error('boom'); }, 1); setTimeout(() => { after = true; }, 2);"));
    worker.loop.runAll(100);
    assertThat(worker.console).hasSize(1);
    assertThat(worker.console.get(0)).startsWith("error: Uncaught Error: boom");
    assertThat(worker.eval("after").asBoolean()).isTrue();
  }

  @Test
  void live_timers_count_as_pending_until_cancelled() {
    worker.loop.execute(() -> worker.eval("setTimeout(() => {}, 1000); setInterval(() => {}, 10);"));
    worker.loop.runAll(0);
    assertThat(worker.internals.pendingOperations()).isEqualTo(2);
    worker.loop.runAll(100);
    assertThat(worker.internals.pendingOperations()).isEqualTo(2);
    worker.internals.cancelAll();
    assertThat(worker.internals.pendingOperations()).isZero();
    assertThat(worker.loop.liveTimers()).isZero();
  }

  @Test
  void a_callback_must_be_a_function() {
    assertThat(worker.error("setTimeout('code', 1)"))
        .isEqualTo("TypeError: Failed to execute 'setTimeout' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'.");
  }
}
