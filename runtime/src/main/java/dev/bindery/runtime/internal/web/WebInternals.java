package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Handles the core uses to move HTTP messages in and out of one context. Every method must be
 * called on the context's loop thread.
 */
public final class WebInternals {

  private final Value handles;
  private final Bytes bytes;
  private final HostFunctions functions;

  // The handle functions, looked up once: each message crossing uses several of them.
  private final Value newRequestFn;
  private final Value newResponseFn;
  private final Value requestFromFn;
  private final Value readFn;
  private final Value rethrowFn;
  private final Value isRequestFn;
  private final Value isResponseFn;
  private final Value domExceptionFn;
  private final Value simpleRequestUrlFn;

  WebInternals(Value handles, Bytes bytes, HostFunctions functions) {
    this.handles = handles;
    this.newRequestFn = handles.getMember("newRequest");
    this.newResponseFn = handles.getMember("newResponse");
    this.requestFromFn = handles.getMember("requestFrom");
    this.readFn = handles.getMember("read");
    this.rethrowFn = handles.getMember("rethrow");
    this.isRequestFn = handles.getMember("isRequest");
    this.isResponseFn = handles.getMember("isResponse");
    this.domExceptionFn = handles.getMember("domException");
    this.simpleRequestUrlFn = handles.getMember("simpleRequestUrl");
    this.bytes = bytes;
    this.functions = functions;
  }

  /**
   * Gives the Web platform what it needs of core.js: its copy of a value as it comes back from
   * crossing workerd's C++ (what {@code scheduler.wait} rejects with when its signal aborts), and
   * what a Request's {@code fetcher} may be.
   */
  public void connectCore(Value api) {
    handles.getMember("connectCore").executeVoid(api);
  }

  /** One of the handle functions, for the core script to call directly. */
  public Value handle(String name) {
    return handles.getMember(name);
  }

  /** A JS {@code Request} in this context (headers immutable, as for an incoming request). */
  public Value newRequest(WorkerRequest r) {
    return newRequest(r, null);
  }

  /** Like {@link #newRequest(WorkerRequest)}; with {@code source} not null, the body is pulled from it. */
  public Value newRequest(WorkerRequest r, Object source) {
    return newRequest(r, source, null, null);
  }

  /**
   * As above; {@code owned} (or null) answers whether the current invocation may read the body,
   * and {@code fetcher} (or null) is the request's {@code fetcher}.
   */
  public Value newRequest(WorkerRequest r, Object source, Object owned, Value fetcher) {
    return newRequestFn.execute(r.method(), r.url(), flat(r.headers()),
        r.body() == null ? null : bytes.toJs(r.body()), r.cf(), source, owned, fetcher);
  }

  /** A JS {@code Response} in this context (headers immutable, as for a fetched response). */
  public Value newResponse(WorkerResponse r) {
    return newResponse(r, null);
  }

  /** Like {@link #newResponse(WorkerResponse)}; {@code onConsumed} runs once its body is read or cancelled. */
  public Value newResponse(WorkerResponse r, Object onConsumed) {
    return newResponse(r, "", false, false, null, onConsumed);
  }

  /**
   * A fetched response as {@code fetch()} resolves it: with its URL, redirected flag, no body after
   * a HEAD, the error its body fails with (or null), and {@code onConsumed} (or null), which runs
   * once its body is read or cancelled.
   */
  public Value newResponse(WorkerResponse r, String url, boolean redirected, boolean noBody, Value bodyError,
      Object onConsumed) {
    return newResponse(r, url, redirected, noBody, bodyError, onConsumed, null);
  }

  /**
   * Like {@link #newResponse(WorkerResponse, String, boolean, boolean, Value, Object)}; when
   * {@code source} is not null, the body is pulled from it (an object with {@code read(deliver)}
   * and {@code cancel()}, see {@code newResponse} in fetch.js) instead of the response's bytes.
   */
  public Value newResponse(WorkerResponse r, String url, boolean redirected, boolean noBody, Value bodyError,
      Object onConsumed, Object source) {
    return newResponse(r, url, redirected, noBody, bodyError, onConsumed, source, null);
  }

  /** As above; {@code owned} (or null) answers whether the current invocation may read the body. */
  public Value newResponse(WorkerResponse r, String url, boolean redirected, boolean noBody, Value bodyError,
      Object onConsumed, Object source, Object owned) {
    return newResponseFn.execute(r.status(), r.statusText(), flat(r.headers()),
        r.body() == null ? null : bytes.toJs(r.body()), url, redirected, noBody, bodyError, onConsumed, source, owned);
  }

  /** A new JS {@code Uint8Array} holding a copy of {@code data}. */
  public Value bytesToJs(byte[] data) {
    return bytes.toJs(data);
  }

  /** The bytes of a JS {@code Uint8Array}. */
  public static byte[] bytesOf(Value array) {
    return Bytes.fromJs(array);
  }

  /**
   * A response a handler served, and the JS error its body failed with once read (null when it did
   * not); or, for a stream body, its head and {@code body}: the JS source its chunks are pulled from
   * ({@code read(deliver)}, see {@code servedBody} in fetch.js).
   */
  public record Served(WorkerResponse response, Value bodyError, Value body) {}

  /** Reads a JS Response a handler returned; a body that fails while read still gives the response. */
  public CompletableFuture<Served> readServed(Value jsResponse) {
    CompletableFuture<Served> result = new CompletableFuture<>();
    read(jsResponse, false, true, result, (meta, headers, body, error, source) -> new Served(
        new WorkerResponse(meta.getArrayElement(0).asInt(), meta.getArrayElement(1).asString(), headers, body), error,
        source));
    return result;
  }

  /**
   * A request about to be sent by {@code fetch()}: the request, whether it follows redirects, and
   * whether its body came from a stream (sent chunked, and never sent twice).
   */
  public record Outgoing(WorkerRequest request, boolean follow, boolean streamed, Value body) {}

  /** The outgoing form of a plain GET that {@link #simpleRequest} read. */
  public static Outgoing outgoing(WorkerRequest simple) {
    return new Outgoing(simple, true, false, null);
  }

  /**
   * Reads a JS Request about to be sent, like {@link #readRequest}; a stream body is not read:
   * the request's bytes are then empty and {@code body} is the JS source to pull it from.
   */
  public CompletableFuture<Outgoing> readOutgoing(Value jsRequest) {
    CompletableFuture<Outgoing> result = new CompletableFuture<>();
    read(jsRequest, true, true, result, (meta, headers, body, error, source) -> new Outgoing(
        new WorkerRequest(meta.getArrayElement(0).asString(), meta.getArrayElement(1).asString(), headers, body,
            meta.getArrayElement(4).isNull() ? null : meta.getArrayElement(4).asString()),
        !"manual".equals(meta.getArrayElement(2).asString()), meta.getArrayElement(3).asBoolean(), source));
    return result;
  }

  /**
   * {@code new Request(input, init)}; throws the JS {@code TypeError} workerd throws, as a
   * {@link PolyglotException} whose guest object is that error.
   */
  public Value requestFrom(Value input, Value init) {
    return requestFrom(input, init, "constructor", "Request");
  }

  /**
   * Like {@link #requestFrom(Value, Value)}, with argument errors worded for another operation,
   * e.g. {@code ("fetch", "Fetcher")} gives {@code Failed to execute 'fetch' on 'Fetcher': ...}.
   */
  public Value requestFrom(Value input, Value init, String operation, String interfaceName) {
    return requestFromFn.execute(input, init, operation, interfaceName);
  }

  /**
   * The request {@code fetch(input, init)} makes when it is a plain GET of a URL string with no
   * init (most calls through a binding), read without building a JS Request; null otherwise.
   */
  public WorkerRequest simpleRequest(Value input, Value init) {
    Value href = simpleRequestUrlFn.execute(input, init);
    return href.isNull() ? null : new WorkerRequest("GET", href.asString(), HttpHeaders.empty(), null);
  }

  /**
   * Reads a JS Request (callers pass only Requests; anything else fails the stage) with its whole
   * body; completes on the loop thread. Fails with a
   * {@link PolyglotException} carrying the JS error (for a used or locked body:
   * {@code TypeError: The ReadableStream has been locked to a reader.}).
   */
  public CompletableFuture<WorkerRequest> readRequest(Value jsRequest) {
    CompletableFuture<WorkerRequest> result = new CompletableFuture<>();
    read(jsRequest, true, false, result, (meta, headers, body, error, source) ->
        new WorkerRequest(meta.getArrayElement(0).asString(), meta.getArrayElement(1).asString(), headers, body));
    return result;
  }

  /** Reads a JS Response with its whole body; completes on the loop thread. */
  public CompletableFuture<WorkerResponse> readResponse(Value jsResponse) {
    CompletableFuture<WorkerResponse> result = new CompletableFuture<>();
    read(jsResponse, false, false, result, (meta, headers, body, error, source) ->
        new WorkerResponse(meta.getArrayElement(0).asInt(), meta.getArrayElement(1).asString(), headers, body));
    return result;
  }

  private interface MessageFactory<T> {
    T create(Value meta, HttpHeaders headers, byte[] body, Value bodyError, Value bodySource);
  }

  /** {@code streaming}: a stream body is not read but handed over as a source to pull (see {@link Served}). */
  private <T> void read(Value message, boolean isRequest, boolean streaming, CompletableFuture<T> result,
      MessageFactory<T> factory) {
    ProxyExecutable done = a -> {
      List<HttpHeaders.Header> list = new ArrayList<>();
      for (long i = 0; i + 1 < a[1].getArraySize(); i += 2) {
        list.add(new HttpHeaders.Header(a[1].getArrayElement(i).asString(), a[1].getArrayElement(i + 1).asString()));
      }
      byte[] body = a[2].isNull() ? null : Bytes.fromJs(a[2]);
      Value error = a.length > 4 ? null : a.length > 3 ? a[3] : null; // a stream body comes with no error
      result.complete(factory.create(a[0], HttpHeaders.of(list), body, error, a.length > 4 ? a[4] : null));
      return null;
    };
    ProxyExecutable fail = a -> {
      result.completeExceptionally(asException(a[0]));
      return null;
    };
    readFn.execute(message, isRequest, done, fail, streaming);
  }

  private PolyglotException asException(Value error) {
    try {
      rethrowFn.execute(error);
    } catch (PolyglotException e) {
      return e;
    }
    throw new IllegalStateException("rethrow returned normally");
  }

  public boolean isRequest(Value v) {
    return isRequestFn.execute(v).asBoolean();
  }

  public boolean isResponse(Value v) {
    return isResponseFn.execute(v).asBoolean();
  }

  /** A {@code DOMException} with the legacy code that goes with {@code name} (DataCloneError = 25, ...). */
  public Value newDomException(String message, String name) {
    return domExceptionFn.execute(message, name);
  }

  /** Live timers plus in-flight outbound fetches. */
  public int pendingOperations() {
    return functions.pendingOperations();
  }

  /** Clears every timer and forgets in-flight fetches (the context is closing). */
  public void cancelAll() {
    functions.cancelAll();
  }

  /** True when bodies cross by the fast buffer copy (the context allows buffer access). */
  public boolean fastByteTransfer() {
    return bytes.fastPath();
  }

  private static ProxyArray flat(HttpHeaders headers) {
    List<Object> out = new ArrayList<>();
    for (HttpHeaders.Header h : headers.list()) {
      out.add(h.name());
      out.add(h.value());
    }
    return ProxyArray.fromList(out);
  }
}
