package dev.bindery.runtime;

import dev.bindery.runtime.internal.GroupRuntime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One worker of a running {@link WorkerGroup}: send it HTTP requests, or call the RPC methods of
 * its entrypoints directly from Java. Arguments and results cross by structured clone, as they
 * would from another worker.
 */
public final class Worker {

  private final GroupRuntime runtime;
  private final String name;
  private final String entrypoint;

  Worker(GroupRuntime runtime, String name, String entrypoint) {
    this.runtime = runtime;
    this.name = name;
    this.entrypoint = entrypoint;
  }

  /** The worker's {@code name} from its config. */
  public String name() {
    return name;
  }

  /** The config this worker was loaded from. */
  public WorkerConfig config() {
    return runtime.config(name);
  }

  /** The same worker, addressed at a named entrypoint (an exported {@code WorkerEntrypoint} class). */
  public Worker entrypoint(String exportName) {
    runtime.requireEntrypoint(name, exportName);
    return new Worker(runtime, name, exportName);
  }

  /** The entrypoints the worker exports: export name to kind ("class", "object", "other"). */
  public Map<String, String> entrypoints() {
    return runtime.entrypoints(name);
  }

  /** Sends a request to the entrypoint's {@code fetch} handler and waits for the response. */
  public WorkerResponse fetch(WorkerRequest request) {
    return GroupRuntime.await(fetchAsync(request));
  }

  public CompletableFuture<WorkerResponse> fetchAsync(WorkerRequest request) {
    return runtime.fetch(name, entrypoint, request);
  }

  /**
   * Calls an RPC method and waits for its result. Java values become JS values by structured
   * clone: null, Boolean, numbers, String, BigInteger, List, Map with String keys, Set, byte[]
   * (a Uint8Array), Instant, records (as plain objects of their components), int[]/long[]/double[]
   * (as arrays); results come back the same way (undefined becomes null).
   *
   * @throws WorkerException when the method throws or does not exist
   */
  public Object call(String method, Object... args) {
    return GroupRuntime.await(callAsync(method, args));
  }

  public CompletableFuture<Object> callAsync(String method, Object... args) {
    return runtime.call(name, entrypoint, List.of(method), args);
  }

  /** Reads a property (a getter or prototype value) of the entrypoint over RPC. */
  public Object get(String property) {
    return GroupRuntime.await(runtime.call(name, entrypoint, List.of("__get__", property), new Object[0]));
  }

  /** What this worker printed with {@code console.*}, one entry per call. */
  public List<String> console() {
    return runtime.console(name);
  }

  @Override
  public String toString() {
    return "Worker[" + name + (entrypoint.equals("default") ? "" : "#" + entrypoint) + "]";
  }
}
