package dev.bindery.junit.internal;

import dev.bindery.runtime.JsError;
import dev.bindery.runtime.ServiceCall;
import dev.bindery.runtime.ServiceHandler;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Answers a stubbed service from its {@link StubRules}. A call that no rule takes is reported to
 * the test (it fails even when the worker catches the error) and rejects in the worker.
 */
public final class StubHandler implements ServiceHandler {

  private final StubRules rules;
  private final List<String> unmatched;

  public StubHandler(StubRules rules, List<String> unmatched) {
    this.rules = rules;
    this.unmatched = unmatched;
  }

  @Override
  public Object call(ServiceCall call) throws Exception {
    Optional<StubRules.Rule> rule = rules.match(call);
    if (rule.isEmpty()) {
      throw unmatched(call.toString(), "s.onCall(\"" + call.method() + "\").willReturn(...)");
    }
    StubRules.Rule r = rule.get();
    if (r.delay().isZero()) {
      return r.answer().apply(call);
    }
    return CompletableFuture.supplyAsync(() -> {
      try {
        return r.answer().apply(call);
      } catch (Exception e) {
        throw new CompletionException(e);
      }
    }, CompletableFuture.delayedExecutor(r.delay().toNanos(), TimeUnit.NANOSECONDS));
  }

  @Override
  public CompletionStage<WorkerResponse> fetch(ServiceCall call, WorkerRequest request) throws Exception {
    Optional<StubRules.FetchAnswer> answer = rules.fetchAnswer();
    if (answer.isEmpty()) {
      throw unmatched(call.caller() + " -> env." + call.binding() + " (" + call.service() + ").fetch(" + request.method()
          + " " + request.url() + ")", "s.onFetch(request -> ...) or s.forwardFetchTo(wireMock::baseUrl)");
    }
    return answer.get().apply(call, request);
  }

  private JsError unmatched(String call, String hint) {
    List<String> known = rules.describe();
    String message = "No stub answers " + call + ". Stubs for " + rules.service() + ": "
        + (known.isEmpty() ? "none" : String.join("; ", known)) + ". Add one with @InjectStub(\""
        + rules.service() + "\") ServiceStub s; " + hint + ".";
    unmatched.add(message);
    return new JsError("Error", message);
  }
}
