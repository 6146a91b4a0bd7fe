package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.loop.EventLoop;
import java.net.IDN;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The host side of one context's Web platform: timers, outbound fetches, crypto and IDN.
 * Handed to the JS installers as a {@link ProxyObject}; the JS keeps it in closures only.
 * Touched only on the loop thread.
 */
final class HostFunctions {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebHost host;
  private final EventLoop loop;
  private final Map<Integer, EventLoop.Cancellable> timers = new HashMap<>();
  private final Set<Long> fetches = new HashSet<>();
  private long nextFetch;
  private int generation;
  private Value fireTimer;
  private Bytes bytes;
  private Supplier<WebInternals> internals;

  HostFunctions(WebHost host) {
    this.host = host;
    this.loop = host.loop();
  }

  void connect(Value handles, Bytes bytes, Supplier<WebInternals> internals) {
    this.fireTimer = handles.getMember("fireTimer");
    this.bytes = bytes;
    this.internals = internals;
  }

  ProxyObject proxy() {
    Map<String, Object> m = new HashMap<>();
    m.put("console", fn(a -> {
      host.console(a[0].asString(), a[1].asString());
      return null;
    }));
    m.put("scopeId", fn(a -> host.scopeId()));
    m.put("setTimer", fn(a -> {
      setTimer(a[0].asInt(), a[1].asLong());
      return null;
    }));
    m.put("clearTimer", fn(a -> {
      EventLoop.Cancellable c = timers.remove(a[0].asInt());
      if (c != null) {
        c.cancel();
      }
      return null;
    }));
    m.put("random", fn(a -> {
      byte[] b = new byte[a[0].asInt()];
      RANDOM.nextBytes(b);
      return bytes.toJs(b);
    }));
    m.put("digest", fn(a -> bytes.toJs(digest(a[0].asString(), Bytes.fromJs(a[1])))));
    m.put("idnToAscii", fn(a -> idnToAscii(a[0].asString())));
    m.put("fetch", fn(a -> {
      fetch(a);
      return null;
    }));
    return ProxyObject.fromMap(m);
  }

  private static ProxyExecutable fn(ProxyExecutable f) {
    return f;
  }

  private void setTimer(int id, long delay) {
    int gen = generation;
    EventLoop.Cancellable[] self = new EventLoop.Cancellable[1];
    self[0] = loop.schedule(delay, () -> {
      if (gen != generation || timers.get(id) != self[0]) {
        return;
      }
      timers.remove(id);
      try {
        fireTimer.execute(id);
      } catch (PolyglotException e) {
        if (!e.isCancelled() && !e.isExit()) {
          host.console("error", "Uncaught " + e.getMessage());
        }
      }
    });
    EventLoop.Cancellable old = timers.put(id, self[0]);
    if (old != null) {
      old.cancel();
    }
  }

  private void fetch(Value[] a) {
    List<HttpHeaders.Header> headers = new ArrayList<>();
    Value flat = a[2];
    for (long i = 0; i + 1 < flat.getArraySize(); i += 2) {
      headers.add(new HttpHeaders.Header(flat.getArrayElement(i).asString(), flat.getArrayElement(i + 1).asString()));
    }
    byte[] body = a[3].isNull() ? null : Bytes.fromJs(a[3]);
    WorkerRequest request = new WorkerRequest(a[0].asString(), a[1].asString(), HttpHeaders.of(headers), body);
    Value callback = a[4];
    long id = nextFetch++;
    int gen = generation;
    fetches.add(id);
    CompletionStage<WorkerResponse> stage;
    try {
      stage = host.outboundFetch(request);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete((response, error) -> loop.execute(() -> {
      if (gen != generation || !fetches.remove(id)) {
        return;
      }
      if (error != null) {
        callback.execute(messageOf(error), null);
      } else {
        callback.execute(null, internals.get().newResponse(response));
      }
    }));
  }

  private static String messageOf(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() != null ? t.getMessage() : t.toString();
  }

  private static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks the " + algorithm + " digest", e);
    }
  }

  /** UTS #46-style ToASCII of a non-ASCII domain, or null when it is not a valid domain. */
  private static String idnToAscii(String domain) {
    try {
      return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  int pendingOperations() {
    return timers.size() + fetches.size();
  }

  void cancelAll() {
    generation++;
    for (EventLoop.Cancellable c : timers.values()) {
      c.cancel();
    }
    timers.clear();
    fetches.clear();
  }
}
