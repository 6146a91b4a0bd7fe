package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.loop.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/** One context with the Web platform installed, a test loop, captured console and a fake network. */
final class TestWorker implements WebHost, AutoCloseable {

  final TestLoop loop = new TestLoop();
  final List<String> console = new ArrayList<>();
  final List<WorkerRequest> sent = new ArrayList<>();
  Function<WorkerRequest, CompletionStage<WorkerResponse>> network =
      r -> CompletableFuture.failedFuture(new IllegalStateException("Network access is disabled in this test"));
  final Context context;
  final WebInternals internals;

  TestWorker() {
    this(TestContexts.WITH_BUFFERS);
  }

  TestWorker(HostAccess access) {
    context = TestContexts.newContext(access);
    internals = WebPlatform.install(context, this);
  }

  @Override
  public EventLoop loop() {
    return loop;
  }

  @Override
  public void console(String level, String text) {
    console.add(level + ": " + text);
  }

  @Override
  public CompletionStage<WorkerResponse> outboundFetch(WorkerRequest request) {
    sent.add(request);
    return network.apply(request);
  }

  Value eval(String js) {
    return context.eval("js", js);
  }

  /** Runs {@code body} as an async function; returns its result (strings raw, others as JSON). */
  String run(String body) {
    Settled s = settle(body);
    if (!s.ok) {
      throw new AssertionError("script threw " + s.text);
    }
    return s.text;
  }

  /** Runs {@code body}, which must reject or throw; returns {@code "Constructor: message"}. */
  String error(String body) {
    Settled s = settle(body);
    if (s.ok) {
      throw new AssertionError("script returned " + s.text + " instead of throwing");
    }
    return s.text;
  }

  private record Settled(boolean ok, String text) {}

  private Settled settle(String body) {
    Settled[] out = new Settled[1];
    Value start = eval("(done) => (async () => {" + body + "\n})().then("
        + "(v) => done(true, typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v)),"
        + "(e) => done(false, e instanceof Error ? `${e.constructor.name}: ${e.message}` : `non-Error ${String(e)}`))");
    loop.execute(() -> start.execute((ProxyExecutable) a -> {
      out[0] = new Settled(a[0].asBoolean(), a[1].asString());
      return null;
    }));
    loop.runUntil(() -> out[0] != null);
    if (out[0] == null) {
      throw new AssertionError("script never settled");
    }
    return out[0];
  }

  @Override
  public void close() {
    internals.cancelAll();
    context.close();
  }
}
