package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.ServiceCall;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.internal.WorkerErrors;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reports every call through a target to the group's call listener, once it settles. */
public final class RecordingTarget implements ServiceTarget {

  private final ServiceTarget target;
  private final Consumer<CallRecord> listener;

  public RecordingTarget(ServiceTarget target, Consumer<CallRecord> listener) {
    this.target = target;
    this.listener = listener;
  }

  @Override
  public void call(CallInfo info, List<String> path, Object[] argTokens, Consumer<Outcome> done) {
    ServiceCall call = JavaServiceTarget.describe(info, path, argTokens);
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    target.call(info, path, argTokens, outcome -> {
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      if (outcome.kind() == Outcome.Kind.RETURNED) {
        listener.accept(new CallRecord(call, null, JavaValues.decode(outcome.tokens()), null, started, took));
      } else {
        listener.accept(new CallRecord(call, null, null, error(info, call, outcome), started, took));
      }
      done.accept(outcome);
    });
  }

  @Override
  public void fetch(CallInfo info, WorkerRequest request, Consumer<HttpOutcome> done) {
    ServiceCall call = new ServiceCall(info.caller(), info.binding(), info.service(), info.entrypoint(),
        List.of("fetch"), ServiceCall.Kind.FETCH, List.of(), info.props() == null ? Map.of() : info.props());
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    // A recorded response carries its whole body: one the worker still streams is read first.
    target.fetch(info, request, streamed -> streamed.collected(out -> {
      Duration took = Duration.ofNanos(System.nanoTime() - t0);
      WorkerException error = out.error() == null ? null : error(info, call, out.error());
      listener.accept(new CallRecord(call, request, out.response(), error, started, took));
      done.accept(out);
    }));
  }

  private static WorkerException error(CallInfo info, ServiceCall call, Outcome outcome) {
    return WorkerErrors.fromOutcome(info.service(), call.toString(), outcome);
  }
}
