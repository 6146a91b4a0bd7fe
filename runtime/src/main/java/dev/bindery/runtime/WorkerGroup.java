package dev.bindery.runtime;

import dev.bindery.runtime.internal.ConsoleLine;
import dev.bindery.runtime.internal.GroupRuntime;
import dev.bindery.runtime.internal.HttpClientFetch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Workers running together in this JVM, with their service bindings connected, as
 * {@code wrangler dev -c a -c b} runs them. The first config is the entry worker: it gets the
 * requests sent with {@link #fetch}; the others are reached through bindings or directly with
 * {@link #worker(String)}.
 *
 * <pre>{@code
 * try (WorkerGroup group = WorkerGroup.fromConfigs(Path.of("a/wrangler.jsonc"), Path.of("b/wrangler.toml"))) {
 *   WorkerResponse r = group.fetch(WorkerRequest.get("http://localhost/"));
 *   Object sum = group.worker("worker_b").call("add", 1, 2);
 * }
 * }</pre>
 */
public final class WorkerGroup implements AutoCloseable {

  private final GroupRuntime runtime;

  private WorkerGroup(GroupRuntime runtime) {
    this.runtime = runtime;
  }

  /** Starts the workers of these configs with default settings. */
  public static WorkerGroup fromConfigs(Path... configs) {
    return builder().configs(configs).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Sends a request to the entry worker (the first config) and waits for its response. */
  public WorkerResponse fetch(WorkerRequest request) {
    return primary().fetch(request);
  }

  public CompletableFuture<WorkerResponse> fetchAsync(WorkerRequest request) {
    return primary().fetchAsync(request);
  }

  /** The entry worker. */
  public Worker primary() {
    return worker(runtime.workerNames().get(0));
  }

  /** The worker with this {@code name}; fails with the names that exist when there is none. */
  public Worker worker(String name) {
    runtime.config(name);
    return new Worker(runtime, name, "default");
  }

  /** Every worker, entry worker first. */
  public List<Worker> workers() {
    List<Worker> out = new ArrayList<>();
    for (String n : runtime.workerNames()) {
      out.add(new Worker(runtime, n, "default"));
    }
    return out;
  }

  /** Every service binding of every worker, and whether the group can answer it. */
  public List<BindingStatus> bindings() {
    return runtime.bindings();
  }

  /** Stops every worker; idempotent. */
  @Override
  public void close() {
    runtime.close();
  }

  /** Settings for a group; {@link #build()} starts it. */
  public static final class Builder {
    private final List<Path> paths = new ArrayList<>();
    private final List<WorkerConfig> configs = new ArrayList<>();
    private String env;
    private OutboundFetch outbound;
    private Consumer<String> console = line -> {};
    private final Map<String, ServiceHandler> services = new LinkedHashMap<>();
    private Consumer<CallRecord> onCall;
    private Limits limits = Limits.production();

    private Builder() {}

    /** Adds a wrangler config ({@code wrangler.jsonc}, {@code .json} or {@code .toml}). */
    public Builder config(Path config) {
      paths.add(config);
      return this;
    }

    public Builder configs(Path... configs) {
      paths.addAll(List.of(configs));
      return this;
    }

    /** Adds a config that is already loaded. */
    public Builder config(WorkerConfig config) {
      configs.add(config);
      return this;
    }

    /** Selects the {@code env.<name>} section of every config, as {@code wrangler --env} does. */
    public Builder env(String envName) {
      this.env = envName;
      return this;
    }

    /** Handles {@code fetch()} to hosts other than bindings (default: real HTTP). */
    public Builder outboundFetch(OutboundFetch handler) {
      this.outbound = handler;
      return this;
    }

    /** Receives every console line of every worker, as {@code [worker] text}. */
    public Builder onConsole(Consumer<String> listener) {
      this.console = listener;
      return this;
    }

    /**
     * Answers the service {@code name} with Java code: every binding whose {@code service} is
     * {@code name} reaches {@code handler} instead of a worker (a worker of that name, if loaded,
     * is then unreachable through bindings).
     */
    public Builder service(String name, ServiceHandler handler) {
      services.put(name, handler);
      return this;
    }

    /**
     * The production limits to enforce (default {@link Limits#production()}: 32 invocations and
     * 1000 subrequests per request); {@link Limits#off()} runs as local workerd does.
     */
    public Builder limits(Limits limits) {
      this.limits = limits;
      return this;
    }

    /** Receives every call made through a service binding, in the order the calls settle. */
    public Builder onCall(Consumer<CallRecord> listener) {
      this.onCall = listener;
      return this;
    }

    /** Starts the workers; fails with a {@link ConfigException} or {@link WorkerException}. */
    public WorkerGroup build() {
      List<WorkerConfig> all = new ArrayList<>();
      for (Path p : paths) {
        all.add(WorkerConfig.load(p, env));
      }
      all.addAll(configs);
      if (all.isEmpty()) {
        throw new IllegalArgumentException("A worker group needs at least one wrangler config.");
      }
      OutboundFetch fetch = outbound == null ? new HttpClientFetch() : outbound;
      Consumer<String> sink = console;
      GroupRuntime runtime = new GroupRuntime(all, services, fetch, (ConsoleLine l) -> sink.accept(l.toString()),
          onCall, limits);
      runtime.start();
      return new WorkerGroup(runtime);
    }
  }
}
