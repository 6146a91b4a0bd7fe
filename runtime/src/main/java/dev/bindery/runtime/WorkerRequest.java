package dev.bindery.runtime;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP request as it enters or leaves a worker: the Java side of a {@code Request}.
 *
 * <p>Headers keep their order and repeated names; names are compared case-insensitively by
 * {@link HttpHeaders}. The body is the complete payload, or {@code null} for none. {@code cf} is
 * the JSON text of the {@code cf} object a worker's {@code fetch()} gave the request (the receiving
 * worker's {@code request.cf}), or {@code null}.
 */
public record WorkerRequest(String method, String url, HttpHeaders headers, byte[] body, String cf) {

  public WorkerRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = headers == null ? HttpHeaders.empty() : headers;
  }

  /** A request without a {@code cf} object. */
  public WorkerRequest(String method, String url, HttpHeaders headers, byte[] body) {
    this(method, url, headers, body, null);
  }

  /** A {@code GET} of {@code url} with no headers and no body. */
  public static WorkerRequest get(String url) {
    return new WorkerRequest("GET", url, HttpHeaders.empty(), null);
  }

  /** A request with a UTF-8 text body. */
  public static WorkerRequest of(String method, String url, String body) {
    return new WorkerRequest(method, url, HttpHeaders.empty(),
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** The same request with one more header. */
  public WorkerRequest withHeader(String name, String value) {
    return new WorkerRequest(method, url, headers.with(name, value), body, cf);
  }

  /** The URL parsed as a URI (for Java callers; workers parse it with WHATWG rules). */
  public URI uri() {
    return URI.create(url);
  }

  /** The body decoded as UTF-8, or the empty string when there is none. */
  public String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return method + " " + url + " " + headers + (body == null ? "" : " (" + body.length + " bytes)");
  }

  /** Headers as an ordered list of name/value pairs. */
  public List<HttpHeaders.Header> headerList() {
    return headers.list();
  }
}
