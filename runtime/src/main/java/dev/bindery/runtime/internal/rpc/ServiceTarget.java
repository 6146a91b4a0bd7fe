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

  /** For an exported stub: one more holder has a handle on it. Loop thread only. */
  default void retain() {}

  /** For an exported stub: a holder disposed of its handle. Loop thread only. */
  default void release() {}

  /** Who calls, through which binding, and with what {@code props}. */
  record CallInfo(String caller, String binding, String service, String entrypoint, Map<String, Object> props,
      RequestChain chain) {}

  /** A response, or the error the caller's {@code fetch()} rejects with. */
  record HttpOutcome(WorkerResponse response, Outcome error) {
    public static HttpOutcome of(WorkerResponse r) {
      return new HttpOutcome(r, null);
    }

    public static HttpOutcome failed(Outcome error) {
      return new HttpOutcome(null, error);
    }
  }
}
