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

  /**
   * A response, or the error the caller's {@code fetch()} rejects with. {@code bodyError}, when not
   * null, is the error a read of the body fails with (the body failed after the head was sent).
   * {@code consumed}, when not null, is run (on the loop) once the caller has read or cancelled the
   * response's body: until then the callee's invocation is still answering, as a workerd fetch
   * lasts while its body streams.
   */
  record HttpOutcome(WorkerResponse response, Outcome error, Outcome bodyError, Runnable consumed) {
    public static HttpOutcome of(WorkerResponse r) {
      return new HttpOutcome(r, null, null, null);
    }

    public static HttpOutcome failed(Outcome error) {
      return new HttpOutcome(null, error, null, null);
    }

    /** A response whose body failed after its head was sent: the caller's body read fails with {@code bodyError}. */
    public static HttpOutcome bodyFailed(WorkerResponse r, Outcome bodyError) {
      return new HttpOutcome(r, null, bodyError, null);
    }

    public HttpOutcome whenConsumed(Runnable then) {
      return new HttpOutcome(response, error, bodyError, then);
    }
  }
}
