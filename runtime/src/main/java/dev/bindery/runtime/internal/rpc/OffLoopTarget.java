package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.WorkerRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Counts the calls a target answers off the event loop, so that hang detection knows something
 * may still wake the workers. The count drops only after the outcome has been handed on (and so
 * queued on the caller's loop).
 */
public final class OffLoopTarget implements ServiceTarget {

  private final ServiceTarget target;
  private final AtomicInteger inFlight;

  public OffLoopTarget(ServiceTarget target, AtomicInteger inFlight) {
    this.target = target;
    this.inFlight = inFlight;
  }

  @Override
  public void call(CallInfo call, List<String> path, Object[] argTokens, Consumer<Outcome> done) {
    inFlight.incrementAndGet();
    target.call(call, path, argTokens, outcome -> {
      try {
        done.accept(outcome);
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }

  @Override
  public void fetch(CallInfo call, WorkerRequest request, Consumer<HttpOutcome> done) {
    inFlight.incrementAndGet();
    target.fetch(call, request, out -> {
      try {
        done.accept(out);
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }
}
