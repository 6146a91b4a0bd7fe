package dev.bindery.runtime.internal;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.OutboundFetch;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The default outbound {@code fetch()}: real HTTP through the JDK's {@link HttpClient}. */
public final class HttpClientFetch implements OutboundFetch {

  // Headers the JDK client sets itself and refuses from callers.
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(30))
      .build();

  @Override
  public CompletionStage<WorkerResponse> fetch(String worker, WorkerRequest request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url()))
        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (HttpHeaders.Header h : request.headers().list()) {
      if (!RESTRICTED.contains(h.name().toLowerCase(Locale.ROOT))) {
        b.header(h.name(), h.value());
      }
    }
    return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(r -> {
      List<HttpHeaders.Header> headers = new ArrayList<>();
      r.headers().map().forEach((k, vs) -> {
        if (!k.startsWith(":")) {
          vs.forEach(v -> headers.add(new HttpHeaders.Header(k, v)));
        }
      });
      return new WorkerResponse(r.statusCode(), "", HttpHeaders.of(headers), r.body());
    }).exceptionally(e -> {
      throw new java.util.concurrent.CompletionException(new java.io.IOException(describe(request, e), e));
    });
  }

  /** What a worker's fetch() rejects with: the request, and why the network refused it. */
  private static String describe(WorkerRequest request, Throwable error) {
    Throwable cause = error;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String why;
    if (cause instanceof java.net.ConnectException) {
      why = "could not connect to " + request.uri().getHost() + ":" + request.uri().getPort() + " (connection refused)";
    } else {
      why = cause.getMessage() == null || cause.getMessage().isBlank()
          ? cause.getClass().getSimpleName() : cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")";
    }
    return "fetch " + request.method() + " " + request.url() + " failed: " + why;
  }
}
