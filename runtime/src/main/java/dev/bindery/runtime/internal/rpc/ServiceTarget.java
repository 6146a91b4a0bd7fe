package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a service binding points at: a worker's entrypoint in this group, or a stub. Callbacks
 * may run on any thread; the caller moves them onto its own loop.
 */
public interface ServiceTarget {

  /** Calls {@code path} (a method name, or a property path) with cloned arguments. */
  void call(CallInfo call, List<String> path, Object[] argTokens, Consumer<Outcome> done);

  /** Sends an HTTP request to the target's fetch handler. */
  void fetch(CallInfo call, WorkerRequest request, Consumer<HttpOutcome> done);

  /** Who calls, through which binding, and with what {@code props}. */
  record CallInfo(String caller, String binding, String service, String entrypoint, Map<String, Object> props,
      RequestChain chain) {}

  /** A response, or the error the caller's {@code fetch()} rejects with. */
  record HttpOutcome(WorkerResponse response, Outcome error, Outcome bodyError) {
    public static HttpOutcome of(WorkerResponse r) {
      return new HttpOutcome(r, null, null);
    }

    public static HttpOutcome failed(Outcome error) {
      return new HttpOutcome(null, error, null);
    }

    /** A response whose body failed after its head was sent: the caller's body read fails with {@code bodyError}. */
    public static HttpOutcome bodyFailed(WorkerResponse r, Outcome bodyError) {
      return new HttpOutcome(r, null, bodyError);
    }
  }
}
