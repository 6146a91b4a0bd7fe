package dev.bindery.runtime;

import java.util.concurrent.CompletionStage;

/**
 * Handles {@code fetch()} calls that a worker makes to hosts other than its bindings.
 *
 * <p>The default sends real HTTP with the JDK's {@code HttpClient}; tests point it at WireMock
 * or refuse the network. The stage may complete on any thread: the runtime moves the result
 * back onto the worker's event loop.
 */
@FunctionalInterface
public interface OutboundFetch {

  /**
   * Performs one outbound request.
   *
   * @param worker the name of the worker that called {@code fetch()}
   * @param request the request, with its complete body
   * @return the response; complete it exceptionally to make the worker's {@code fetch()} reject
   *     with a {@code TypeError} carrying the exception's message
   */
  CompletionStage<WorkerResponse> fetch(String worker, WorkerRequest request);
}
