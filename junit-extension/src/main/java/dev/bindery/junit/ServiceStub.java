package dev.bindery.junit;

import dev.bindery.junit.internal.Outbound;
import dev.bindery.junit.internal.StubRules;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.HttpClientFetch;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Stands in for a service behind every binding that names it: answers RPC calls and
 * {@code fetch} from Java. Values cross by structured clone, as between real workers: a result
 * that cannot cross rejects in the worker with workerd's {@code DataCloneError}.
 *
 * <pre>{@code
 * billing.onCall("charge").withArgs("order-1", 25).willReturn(Map.of("ok", true));
 * billing.onCall("refund").willThrow("RangeError", "amount too big");
 * billing.forwardFetchTo(wireMock::baseUrl);
 * }</pre>
 *
 * <p>A call that no answer takes rejects in the worker and fails the test, naming the call and the
 * answers that exist. The newest matching answer wins. In a group shared by a class, answers are
 * cleared before each test.
 */
public final class ServiceStub {

  private final StubRules rules;

  ServiceStub(StubRules rules) {
    this.rules = rules;
  }

  StubRules rules() {
    return rules;
  }

  /** The service this stub answers. */
  public String service() {
    return rules.service();
  }

  /** Starts an answer for calls of the RPC method (or property read) {@code method}. */
  public RpcStubbing onCall(String method) {
    return new RpcStubbing(rules, method);
  }

  /** Answers {@code env.BINDING.fetch(request)} with {@code answer}. */
  public ServiceStub onFetch(Function<WorkerRequest, WorkerResponse> answer) {
    rules.fetch((call, request) -> CompletableFuture.completedFuture(answer.apply(request)), "answers in Java");
    return this;
  }

  /**
   * Sends {@code env.BINDING.fetch(request)} to an HTTP server, typically WireMock
   * ({@code wireMock::baseUrl}), so that WireMock's DSL stubs and verifies it. Method, path, query,
   * headers and body are kept; {@code X-Forwarded-Host} carries the original host and
   * {@code X-Bindery-Caller} the calling worker.
   */
  public ServiceStub forwardFetchTo(Supplier<String> baseUrl) {
    HttpClientFetch http = new HttpClientFetch();
    rules.fetch((call, request) -> Outbound.forward(http, baseUrl, call.caller(), request), "forwarded over HTTP");
    return this;
  }

  /** Removes every answer. */
  public void reset() {
    rules.reset();
  }

  @Override
  public String toString() {
    return "ServiceStub[" + rules.service() + "]";
  }
}
