package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.JsError;
import dev.bindery.runtime.ServiceCall;
import dev.bindery.runtime.ServiceHandler;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A binding target answered by a Java {@link ServiceHandler}. Handlers run off the event loop, so
 * a slow or blocking stub never stalls the workers; values cross by the same clone rules.
 */
public final class JavaServiceTarget implements ServiceTarget {

  private final ServiceHandler handler;
  private final Executor executor;

  public JavaServiceTarget(ServiceHandler handler, Executor executor) {
    this.handler = handler;
    this.executor = executor;
  }

  /** The Java view of a call: arguments decoded, property reads told apart from method calls. */
  public static ServiceCall describe(CallInfo info, List<String> path, Object[] argTokens) {
    boolean property = !path.isEmpty() && path.get(0).equals("__get__");
    List<String> p = property ? path.subList(1, path.size()) : path;
    Object decoded = argTokens.length == 0 ? List.of() : JavaValues.decode(argTokens);
    @SuppressWarnings("unchecked")
    List<Object> args = decoded instanceof List<?> l ? (List<Object>) l : List.of();
    return new ServiceCall(info.caller(), info.binding(), info.service(), info.entrypoint(), List.copyOf(p),
        property ? ServiceCall.Kind.PROPERTY : ServiceCall.Kind.METHOD, args,
        info.props() == null ? Map.of() : info.props());
  }

  @Override
  public void call(CallInfo info, List<String> path, Object[] argTokens, Consumer<Outcome> done) {
    ServiceCall call = describe(info, path, argTokens);
    CompletableFuture.supplyAsync(() -> invoke(call), executor)
        .thenCompose(stage -> stage)
        .whenComplete((value, error) -> done.accept(error == null ? encodeResult(value) : failure(call, error)));
  }

  private CompletionStage<Object> invoke(ServiceCall call) {
    try {
      Object result = handler.call(call);
      if (result instanceof CompletionStage<?> stage) {
        return stage.thenApply(v -> (Object) v);
      }
      return CompletableFuture.completedFuture(result);
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }

  private static Outcome encodeResult(Object value) {
    try {
      return Outcome.returned(JavaValues.encode(value));
    } catch (JavaValues.NotCloneable e) {
      return Outcome.threw(new Object[] {"error", "DOMException", "DataCloneError", e.getMessage(), 9, 0, 0});
    }
  }

  static Outcome failure(ServiceCall call, Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    if (e instanceof JsError js) {
      return Outcome.error(js.jsClass(), js.getMessage());
    }
    return Outcome.error("Error", "Java stub for " + call.service() + "." + call.method() + " threw "
        + e.getClass().getName() + ": " + e.getMessage());
  }

  @Override
  public void fetch(CallInfo info, WorkerRequest request, Consumer<HttpOutcome> done) {
    ServiceCall call = new ServiceCall(info.caller(), info.binding(), info.service(), info.entrypoint(),
        List.of("fetch"), ServiceCall.Kind.FETCH, List.of(), info.props() == null ? Map.of() : info.props());
    CompletableFuture.supplyAsync(() -> {
      try {
        return handler.fetch(call, request);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, executor).thenCompose(stage -> stage).whenComplete((WorkerResponse r, Throwable error) ->
        done.accept(error == null ? HttpOutcome.of(r) : HttpOutcome.failed(failure(call, error))));
  }
}
