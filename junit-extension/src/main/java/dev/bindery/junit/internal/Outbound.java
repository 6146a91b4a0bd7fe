package dev.bindery.junit.internal;

import dev.bindery.runtime.OutboundFetch;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.HttpClientFetch;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Where a worker's {@code fetch()} to a non-binding host goes in a test: refused, WireMock, or the network. */
public final class Outbound {

  private Outbound() {}

  /** Refuses every request with a message that says how to allow it. */
  public static OutboundFetch refuse() {
    return (worker, request) -> CompletableFuture.failedFuture(new IllegalStateException(
        "fetch(\"" + request.url() + "\") from worker \"" + worker + "\" was refused: this test does not allow the "
            + "network. Route outbound fetch to WireMock with BinderyExtension.newInstance().outboundTo(wireMock::baseUrl), "
            + "or allow it with @WorkerTest(allowNetwork = true)."));
  }

  public static OutboundFetch network() {
    return new HttpClientFetch();
  }

  /**
   * Sends every request to {@code baseUrl} (read per request, so a WireMock extension may start
   * later) with the same method, path, query, headers and body; the original host goes in
   * {@code X-Forwarded-Host} and the calling worker in {@code X-Bindery-Worker}.
   */
  public static OutboundFetch to(Supplier<String> baseUrl) {
    HttpClientFetch http = new HttpClientFetch();
    return (worker, request) -> http.fetch(worker, rewrite(baseUrl.get(), request, "X-Bindery-Worker", worker));
  }

  /** The request sent to {@code baseUrl} instead of its own host, with its origin in two headers. */
  public static WorkerRequest rewrite(String baseUrl, WorkerRequest request, String whoHeader, String who) {
    URI uri = URI.create(request.url());
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return new WorkerRequest(request.method(), base + path + query,
        request.headers().with("X-Forwarded-Host", String.valueOf(uri.getAuthority())).with(whoHeader, who),
        request.body());
  }

  /** Forwards a binding's {@code fetch} to {@code baseUrl}. */
  public static CompletionStage<WorkerResponse> forward(HttpClientFetch http, Supplier<String> baseUrl,
      String caller, WorkerRequest request) {
    return http.fetch(caller, rewrite(baseUrl.get(), request, "X-Bindery-Caller", caller));
  }
}
