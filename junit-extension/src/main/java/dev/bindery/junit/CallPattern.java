package dev.bindery.junit;

import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.ServiceCall;
import dev.bindery.runtime.internal.rpc.JavaValues;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Describes cross-worker calls to look for in a {@link CallJournal}, like WireMock's request
 * patterns: {@code CallPattern.rpc("worker_b", "add").withArgs(1, 2).from("worker_a")}.
 * Parts left out match anything.
 */
public final class CallPattern {

  private final String service;
  private final String method;
  private final boolean fetch;
  private String caller;
  private String binding;
  private String entrypoint;
  private Object args;
  private String argsText;
  private String httpMethod;
  private String path;

  private CallPattern(String service, String method, boolean fetch) {
    this.service = Objects.requireNonNull(service, "service");
    this.method = method;
    this.fetch = fetch;
  }

  /** Calls of RPC method {@code method} on {@code service}. */
  public static CallPattern rpc(String service, String method) {
    return new CallPattern(service, Objects.requireNonNull(method, "method"), false);
  }

  /** {@code fetch} requests sent through a binding to {@code service}. */
  public static CallPattern fetch(String service) {
    return new CallPattern(service, "fetch", true);
  }

  /** Made by worker {@code caller}. */
  public CallPattern from(String caller) {
    this.caller = caller;
    return this;
  }

  /** Made through the binding {@code binding} of the caller's env. */
  public CallPattern via(String binding) {
    this.binding = binding;
    return this;
  }

  /** To the named entrypoint {@code entrypoint} of the service. */
  public CallPattern entrypoint(String entrypoint) {
    this.entrypoint = entrypoint;
    return this;
  }

  /** With exactly these arguments, compared after structured clone. */
  public CallPattern withArgs(Object... expected) {
    this.args = JavaValues.decode(JavaValues.encodeArgs(expected));
    this.argsText = Arrays.stream(expected).map(RpcStubbing::show).collect(Collectors.joining(", "));
    return this;
  }

  /** A fetch with this HTTP method. */
  public CallPattern withMethod(String httpMethod) {
    this.httpMethod = httpMethod;
    return this;
  }

  /** A fetch of this URL path. */
  public CallPattern withPath(String path) {
    this.path = path;
    return this;
  }

  /** Whether {@code record} is such a call. */
  public boolean matches(CallRecord record) {
    return differences(record).isEmpty();
  }

  /** What differs between this pattern and {@code record}, one line per part. */
  public List<String> differences(CallRecord record) {
    ServiceCall c = record.call();
    List<String> out = new ArrayList<>();
    diff(out, "service", service, c.service());
    if (fetch != (c.kind() == ServiceCall.Kind.FETCH)) {
      out.add("kind: expected " + (fetch ? "fetch" : "an RPC call") + " but was " + (fetch ? "an RPC call" : "fetch"));
    } else if (!fetch) {
      diff(out, "method", method, c.method());
    }
    diff(out, "caller", caller, c.caller());
    diff(out, "binding", binding, c.binding());
    diff(out, "entrypoint", entrypoint, c.entrypoint());
    if (args != null && !fetch && !args.equals(c.args())) {
      out.add("args: expected [" + argsText + "] but was " + c.args());
    }
    if (fetch && record.request() != null) {
      diff(out, "HTTP method", httpMethod, record.request().method());
      diff(out, "path", path, URI.create(record.request().url()).getPath());
    }
    return out;
  }

  private static void diff(List<String> out, String what, String expected, String actual) {
    if (expected != null && !expected.equals(actual)) {
      out.add(what + ": expected \"" + expected + "\" but was \"" + actual + "\"");
    }
  }

  @Override
  public String toString() {
    String target = (caller == null ? "*" : caller) + " -> env." + (binding == null ? "*" : binding) + " (" + service
        + (entrypoint == null ? "" : "#" + entrypoint) + ").";
    if (fetch) {
      return target + "fetch(" + (httpMethod == null ? "*" : httpMethod) + " " + (path == null ? "*" : path) + ")";
    }
    return target + method + "(" + (argsText == null ? "any" : argsText) + ")";
  }
}
