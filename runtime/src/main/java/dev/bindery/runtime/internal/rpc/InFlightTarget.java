package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.WorkerRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Counts calls to a target that answers off the event loop (a Java stub) while they are in
 * flight, so that the group's hang detection treats them like an outbound request that can still
 * wake the caller. The count drops only after the answer has been handed to the caller's loop.
 */
public final class InFlightTarget implements ServiceTarget {

  private final ServiceTarget target;
  private final AtomicInteger inFlight;

  public InFlightTarget(ServiceTarget target, AtomicInteger inFlight) {
    this.target = target;
    this.inFlight = inFlight;
  }

  @Override
  public void call(CallInfo info, List<String> path, Object[] argTokens, Consumer<Outcome> done) {
    inFlight.incrementAndGet();
    target.call(info, path, argTokens, outcome -> {
      try {
        done.accept(outcome);
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }

  @Override
  public void fetch(CallInfo info, WorkerRequest request, Consumer<HttpOutcome> done) {
    inFlight.incrementAndGet();
    target.fetch(info, request, outcome -> {
      try {
        done.accept(outcome);
      } finally {
        inFlight.decrementAndGet();
      }
    });
  }
}
