package dev.bindery.runtime;

import java.nio.charset.StandardCharsets;

/** An HTTP response as it leaves a worker: the Java side of a {@code Response}. */
public record WorkerResponse(int status, String statusText, HttpHeaders headers, byte[] body) {

  public WorkerResponse {
    statusText = statusText == null ? "" : statusText;
    headers = headers == null ? HttpHeaders.empty() : headers;
    body = body == null ? new byte[0] : body;
  }

  /** A response with a UTF-8 text body. */
  public static WorkerResponse of(int status, String body) {
    return new WorkerResponse(status, "", HttpHeaders.empty(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return status + (statusText.isEmpty() ? "" : " " + statusText) + " " + headers + " (" + body.length + " bytes)";
  }
}
