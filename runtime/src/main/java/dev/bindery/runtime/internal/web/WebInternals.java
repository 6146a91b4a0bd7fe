package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** Handles the core uses to move HTTP messages in and out of one context (interim version). */
public final class WebInternals {
  private final Value js;
  private final WebHost host;

  WebInternals(Value js, WebHost host) {
    this.js = js;
    this.host = host;
  }

  public Value newRequest(WorkerRequest r) {
    List<Object> h = new ArrayList<>();
    for (HttpHeaders.Header x : r.headers().list()) {
      h.add(x.name());
      h.add(x.value());
    }
    return js.invokeMember("newRequest", r.method(), r.url(), org.graalvm.polyglot.proxy.ProxyArray.fromList(h),
        r.body() == null ? null : new String(r.body(), StandardCharsets.UTF_8));
  }

  public Value newResponse(WorkerResponse r) {
    List<Object> h = new ArrayList<>();
    for (HttpHeaders.Header x : r.headers().list()) {
      h.add(x.name());
      h.add(x.value());
    }
    return js.invokeMember("newResponse", r.status(), r.statusText(),
        org.graalvm.polyglot.proxy.ProxyArray.fromList(h), new String(r.body(), StandardCharsets.UTF_8));
  }

  public Value requestFrom(Value input, Value init) {
    return js.invokeMember("requestFrom", input, init);
  }

  public CompletableFuture<WorkerRequest> readRequest(Value req) {
    CompletableFuture<WorkerRequest> f = new CompletableFuture<>();
    js.invokeMember("read", req, (ProxyExecutable) a -> {
      Value v = a[0];
      List<HttpHeaders.Header> hs = new ArrayList<>();
      Value h = v.getMember("headers");
      for (int i = 0; i < h.getArraySize(); i += 2) {
        hs.add(new HttpHeaders.Header(h.getArrayElement(i).asString(), h.getArrayElement(i + 1).asString()));
      }
      Value body = v.getMember("body");
      f.complete(new WorkerRequest(v.getMember("method").asString(), v.getMember("url").asString(), HttpHeaders.of(hs),
          body.isNull() ? null : body.asString().getBytes(StandardCharsets.UTF_8)));
      return null;
    });
    return f;
  }

  public CompletableFuture<WorkerResponse> readResponse(Value res) {
    CompletableFuture<WorkerResponse> f = new CompletableFuture<>();
    js.invokeMember("read", res, (ProxyExecutable) a -> {
      Value v = a[0];
      List<HttpHeaders.Header> hs = new ArrayList<>();
      Value h = v.getMember("headers");
      for (int i = 0; i < h.getArraySize(); i += 2) {
        hs.add(new HttpHeaders.Header(h.getArrayElement(i).asString(), h.getArrayElement(i + 1).asString()));
      }
      Value body = v.getMember("body");
      f.complete(new WorkerResponse(v.getMember("status").asInt(), v.getMember("statusText").asString(),
          HttpHeaders.of(hs), body.isNull() ? null : body.asString().getBytes(StandardCharsets.UTF_8)));
      return null;
    });
    return f;
  }

  public boolean isRequest(Value v) {
    return js.invokeMember("isRequest", v).asBoolean();
  }

  public boolean isResponse(Value v) {
    return js.invokeMember("isResponse", v).asBoolean();
  }

  public Value newDomException(String message, String name) {
    return js.invokeMember("domException", message, name);
  }

  public int pendingOperations() {
    return 0;
  }

  public void cancelAll() {}
}
