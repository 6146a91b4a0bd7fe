package dev.bindery.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished call through a service binding, as the group's call listener sees it: the call,
 * and either its result (a Java value after clone, or the response of a fetch) or its error.
 *
 * @param call what was called
 * @param request the HTTP request for a fetch, else null
 * @param result the returned value (RPC) or {@link WorkerResponse} (fetch); null on error
 * @param error the JS error the caller received, or null
 * @param started when the call was made
 * @param duration how long until it settled
 */
public record CallRecord(ServiceCall call, WorkerRequest request, Object result, WorkerException error,
    Instant started, Duration duration) {

  public boolean failed() {
    return error != null;
  }
}
