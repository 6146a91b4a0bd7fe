package dev.bindery.runtime.internal;

import dev.bindery.runtime.BindingStatus;
import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.Limits;
import dev.bindery.runtime.internal.rpc.RequestChain;
import dev.bindery.runtime.ServiceHandler;
import dev.bindery.runtime.internal.rpc.JavaServiceTarget;
import dev.bindery.runtime.internal.rpc.OffLoopTarget;
import dev.bindery.runtime.internal.rpc.RecordingTarget;
import dev.bindery.runtime.OutboundFetch;
import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.loop.SingleThreadEventLoop;
import dev.bindery.runtime.internal.rpc.JavaValues;
import dev.bindery.runtime.internal.rpc.Outcome;
import dev.bindery.runtime.internal.rpc.ServiceTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The machinery behind a {@code WorkerGroup}: the loop, the running workers, and the routing of
 * every binding to its target.
 */
public final class GroupRuntime implements GroupServices, AutoCloseable {

  private static final java.util.concurrent.ExecutorService STUB_THREADS =
      java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bindery-stub");
        t.setDaemon(true);
        return t;
      });
  private final List<WorkerConfig> configs;
  private final Consumer<CallRecord> onCall;
  private final Limits limits;
  // Calls being answered off the loop (Java stubs): they may still wake a worker, so no hang yet.
  private final java.util.concurrent.atomic.AtomicInteger offLoop = new java.util.concurrent.atomic.AtomicInteger();
  private final Map<String, ServiceTarget> overrides;
  private final OutboundFetch outbound;
  private final Consumer<ConsoleLine> consoleListener;
  private final SingleThreadEventLoop loop;
  private final Map<String, WorkerInstance> workers = new LinkedHashMap<>();
  private final Map<String, List<String>> console = new LinkedHashMap<>();
  private final HangDetector hangs;

  public GroupRuntime(List<WorkerConfig> configs, Map<String, ServiceHandler> handlers, OutboundFetch outbound,
      Consumer<ConsoleLine> consoleListener, Consumer<CallRecord> onCall, Limits limits) {
    this.configs = List.copyOf(configs);
    this.limits = limits;
    this.onCall = onCall;
    Map<String, ServiceTarget> targets = new LinkedHashMap<>();
    handlers.forEach((name, h) -> targets.put(name, releasingArguments(
        new OffLoopTarget(new JavaServiceTarget(h, STUB_THREADS), offLoop))));
    this.overrides = Map.copyOf(targets);
    this.outbound = outbound;
    this.consoleListener = consoleListener;
    // A loop task that fails has no caller to tell: say so where the workers' console goes.
    this.loop = new SingleThreadEventLoop("bindery-loop", t -> consoleListener.accept(
        new ConsoleLine("bindery", "error", "a task of the event loop failed: " + t)));
    this.hangs = new HangDetector(this::externalWork, offLoop::get);
    this.loop.onIdle(hangs::onIdle);
    for (WorkerConfig c : configs) {
      console.put(c.name(), Collections.synchronizedList(new ArrayList<>()));
    }
  }

  /**
   * A Java handler sees stubs in its arguments only as descriptions: once it answers, their
   * handles are released, so that an RpcTarget or function the caller passed is disposed as after
   * a call to a worker.
   */
  private ServiceTarget releasingArguments(ServiceTarget target) {
    return new ServiceTarget() {
      @Override
      public void call(CallInfo call, List<String> path, Object[] argTokens, Consumer<Outcome> done) {
        List<Integer> stubs = JavaValues.stubIds(argTokens);
        target.call(call, path, argTokens, outcome -> {
          if (!stubs.isEmpty()) {
            GroupRuntime.this.loop.execute(() -> stubs.forEach(id -> {
              ServiceTarget t = this.stubs().target(id);
              if (t != null) {
                t.release();
              }
            }));
          }
          done.accept(outcome);
        });
      }

      private dev.bindery.runtime.internal.rpc.StubRegistry stubs() {
        return GroupRuntime.this.stubs;
      }

      @Override
      public void fetch(CallInfo call, WorkerRequest request, Consumer<HttpOutcome> done) {
        target.fetch(call, request, done);
      }
    };
  }

  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bindery-cpu-watchdog");
        t.setDaemon(true);
        return t;
      });
  private java.util.concurrent.ScheduledFuture<?> watchdog;

  /** Interrupts the workers when one loop task runs longer than the CPU limit. */
  private void startWatchdog() {
    long limit = limits.cpuTime().toNanos();
    long every = Math.max(10, Math.min(1000, limits.cpuTime().toMillis() / 4));
    watchdog = WATCHDOG.scheduleWithFixedDelay(() -> {
      if (loop.runningFor() > limit) {
        for (WorkerInstance w : workers.values()) {
          w.interrupt();
        }
      }
    }, every, every, TimeUnit.MILLISECONDS);
  }

  /** Starts every worker, then checks the bindings that name entrypoints. */
  public void start() {
    startWatchdog();
    checkDuplicateNames();
    try {
      for (WorkerConfig c : configs) {
        workers.put(c.name(), await(WorkerInstance.start(c, loop, this)));
      }
      checkNamedEntrypoints();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private void checkDuplicateNames() {
    Map<String, WorkerConfig> seen = new LinkedHashMap<>();
    for (WorkerConfig c : configs) {
      WorkerConfig before = seen.put(c.name(), c);
      if (before != null) {
        throw new IllegalArgumentException("Two configs define the worker name \"" + c.name() + "\": "
            + before.configFile() + " and " + c.configFile() + ". Each worker in a group needs a unique name.");
      }
    }
  }

  private void checkNamedEntrypoints() {
    for (WorkerInstance w : workers.values()) {
      for (ServiceBinding b : w.config().services()) {
        WorkerInstance callee = workers.get(b.service());
        if (callee == null || b.entrypoint().isEmpty() || overrides.containsKey(b.service())) {
          continue;
        }
        String entry = b.entrypoint().get();
        // Any export is a named entrypoint, but "default" is not one: workerd refuses it by name too.
        if (!callee.entrypointKinds().containsKey(entry) || entry.equals("default")) {
          throw new IllegalStateException("Worker \"" + w.name() + "\"'s binding \"" + b.binding()
              + "\" refers to service \"" + b.service() + "\" with a named entrypoint \"" + entry + "\", but \""
              + b.service() + "\" has no such named entrypoint. (" + b.location() + ")");
        }
      }
    }
  }

  private int externalWork() {
    int n = offLoop.get();
    for (WorkerInstance w : workers.values()) {
      n += w.pendingExternalWork();
    }
    return n;
  }

  public List<String> workerNames() {
    return new ArrayList<>(workers.keySet());
  }

  public WorkerConfig config(String worker) {
    return instance(worker).config();
  }

  public Map<String, String> entrypoints(String worker) {
    return Collections.unmodifiableMap(instance(worker).entrypointKinds());
  }

  public void requireEntrypoint(String worker, String entry) {
    if (!instance(worker).entrypointKinds().containsKey(entry)) {
      throw new IllegalArgumentException("Worker \"" + worker + "\" has no entrypoint \"" + entry
          + "\". Its entrypoints: " + instance(worker).entrypointKinds().keySet());
    }
  }

  public List<String> console(String worker) {
    instance(worker);
    return List.copyOf(console.get(worker));
  }

  private volatile boolean closed;

  private WorkerInstance instance(String worker) {
    if (closed) {
      throw new IllegalStateException("This worker group is closed: start a new one with WorkerGroup.builder()...build().");
    }
    WorkerInstance w = workers.get(worker);
    if (w == null) {
      throw new IllegalArgumentException("No worker named \"" + worker + "\" in this group. Workers: "
          + workers.keySet());
    }
    return w;
  }

  public List<BindingStatus> bindings() {
    List<BindingStatus> out = new ArrayList<>();
    for (WorkerConfig c : configs) {
      for (ServiceBinding b : c.services()) {
        boolean connected = overrides.containsKey(b.service()) || workers.containsKey(b.service());
        out.add(new BindingStatus(c.name(), b.binding(), b.service(), b.entrypoint(), connected));
      }
    }
    return out;
  }

  public CompletableFuture<WorkerResponse> fetch(String worker, String entry, WorkerRequest request) {
    WorkerInstance w = instance(worker);
    CompletableFuture<WorkerResponse> f = new CompletableFuture<>();
    RequestChain chain = new RequestChain(limits, worker);
    ServiceTarget.CallInfo info = new ServiceTarget.CallInfo("java", "fetch", worker, entry, Map.of(), chain);
    // A body the worker still streams is read to its end first (the request lasts until then).
    w.entrypoint(entry).fetch(info, request, streamed -> streamed.collected(out -> {
      chain.responded();
      if (out.response() != null) {
        f.complete(out.response());
      } else {
        f.completeExceptionally(w.toException(out.error(), "fetch " + request.method() + " " + request.url()));
      }
    }));
    return f;
  }

  public CompletableFuture<Object> call(String worker, String entry, List<String> path, Object[] args) {
    WorkerInstance w = instance(worker);
    CompletableFuture<Object> f = new CompletableFuture<>();
    Object[] tokens = JavaValues.encodeArgs(args);
    RequestChain chain = new RequestChain(limits, worker);
    ServiceTarget.CallInfo info = new ServiceTarget.CallInfo("java", "call", worker, entry, Map.of(), chain);
    w.entrypoint(entry).call(info, path, tokens, outcome -> {
      chain.responded();
      if (outcome.kind() == Outcome.Kind.RETURNED) {
        f.complete(JavaValues.decode(outcome.tokens()));
      } else {
        f.completeExceptionally(w.toException(outcome, "calling " + String.join(".", path)));
      }
    });
    return f;
  }

  @Override
  public ServiceTarget resolve(String worker, ServiceBinding binding) {
    ServiceTarget target = overrides.get(binding.service());
    if (target == null) {
      WorkerInstance callee = workers.get(binding.service());
      target = callee == null ? null : callee.entrypoint(binding.entrypoint().orElse("default"));
    }
    return target == null || onCall == null ? target : new RecordingTarget(target, onCall);
  }

  @Override
  public String unresolvedMessage(String worker, ServiceBinding binding) {
    String loaded = configs.stream().map(c -> c.configFile() + " (" + c.name() + ")").collect(Collectors.joining(", "));
    return "Service binding \"" + binding.binding() + "\" of worker \"" + worker + "\" refers to service \""
        + binding.service() + "\", which is not running in this group [not connected]. Loaded configs: " + loaded
        + ". Start the group with the config of \"" + binding.service() + "\" too, or stub the binding.";
  }

  @Override
  public CompletionStage<WorkerResponse> outboundFetch(String worker, WorkerRequest request) {
    RequestChain chain = current;
    if (chain != null) {
      String refused = chain.admitSubrequest(worker, "fetch(" + request.url() + ")");
      if (refused != null) {
        return CompletableFuture.failedFuture(new IllegalStateException(refused));
      }
    }
    // Complete on the loop, in the caller's chain, so that what the worker does next stays in it.
    CompletableFuture<WorkerResponse> onLoop = new CompletableFuture<>();
    offLoop.incrementAndGet();
    if (chain != null) {
      chain.outboundStarted();
    }
    CompletionStage<WorkerResponse> stage;
    try {
      stage = outbound.fetch(worker, request);
    } catch (RuntimeException e) {
      stage = CompletableFuture.failedFuture(e);
    }
    stage.whenComplete((r, e) -> {
      loop.execute(() -> {
        offLoop.decrementAndGet();
        if (chain != null) {
          chain.outboundFinished();
        }
        runIn(chain, () -> {
          if (e != null) {
            onLoop.completeExceptionally(e);
          } else {
            onLoop.complete(r);
          }
        });
      });
    });
    return onLoop;
  }

  private RequestChain current;

  @Override
  public RequestChain currentChain() {
    return current;
  }

  @Override
  public void runIn(RequestChain chain, Runnable task) {
    if (chain != null && chain.ended()) {
      return;
    }
    enter(chain, task);
  }

  @Override
  public void enter(RequestChain chain, Runnable task) {
    RequestChain previous = current;
    current = chain;
    try {
      task.run();
    } finally {
      current = previous;
    }
  }

  @Override
  public Limits limits() {
    return limits;
  }

  @Override
  public void console(ConsoleLine line) {
    List<String> lines = console.get(line.worker());
    if (lines != null) {
      lines.add(line.level().equals("log") ? line.text() : line.level() + ": " + line.text());
    }
    consoleListener.accept(line);
  }

  private final dev.bindery.runtime.internal.rpc.StubRegistry stubs = new dev.bindery.runtime.internal.rpc.StubRegistry();

  @Override
  public dev.bindery.runtime.internal.rpc.StubRegistry stubs() {
    return stubs;
  }

  @Override
  public HangDetector hangs() {
    return hangs;
  }


  /** Waits for a result of the group, unwrapping failures into the exceptions callers expect. */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(5, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new WorkerException("?", "Error", "Error", String.valueOf(cause), "", String.valueOf(cause));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer from the worker group within 5 minutes", e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (watchdog != null) {
      watchdog.cancel(false);
    }
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    loop.execute(() -> {
      for (WorkerInstance w : workers.values()) {
        w.close();
      }
      stopped.complete(null);
    });
    try {
      stopped.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      // the loop is gone or stuck; closing it below ends its thread either way
    }
    loop.close();
  }
}
