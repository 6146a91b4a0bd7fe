package dev.bindery.runtime;

import java.util.concurrent.CompletionStage;

/**
 * A service answered by Java code instead of a worker: what a binding reaches when a test stubs
 * it. Arguments arrive as Java values after structured clone, and results go back the same way,
 * so a stub cannot hand a worker anything that Cloudflare would refuse.
 */
public interface ServiceHandler {

  /**
   * Answers an RPC call ({@code env.B.method(...)}) or a property read.
   *
   * @return the result as a Java value (see {@link Worker#call}), or a {@link CompletionStage}
   *     of one; throw {@link JsError} to make the caller's promise reject with that JS error
   */
  Object call(ServiceCall call) throws Exception;

  /**
   * Answers {@code env.B.fetch(request)}. The default rejects the way workerd does for a target
   * without a fetch handler.
   */
  default CompletionStage<WorkerResponse> fetch(ServiceCall call, WorkerRequest request) throws Exception {
    throw new JsError("Error", "Handler does not export a fetch() function.");
  }
}
