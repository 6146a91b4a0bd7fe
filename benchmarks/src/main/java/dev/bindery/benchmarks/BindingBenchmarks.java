package dev.bindery.benchmarks;

import dev.bindery.runtime.Limits;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Calls through a service binding, timed as workerd's anchors are: worker A makes N sequential
 * awaited calls to B inside one request; the score is the time of one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BindingBenchmarks {

  static final int CALLS = 1000;
  private WorkerGroup group;

  static Path workers() {
    return Path.of(System.getProperty("bindery.bench.workers", "benchmarks/workers"));
  }

  @Setup(Level.Trial)
  public void start() {
    // 1000 calls in one request, as workerd's anchors were measured: production limits off.
    group = WorkerGroup.builder().config(workers().resolve("a/wrangler.jsonc")).config(workers().resolve("b/wrangler.jsonc"))
        .limits(Limits.off()).build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    group.close();
  }

  private String run(String mode) {
    return group.fetch(WorkerRequest.get("http://localhost/?mode=" + mode + "&n=" + CALLS)).bodyText();
  }

  /** One awaited {@code env.WORKER_B.add(i, 1)}. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public String rpc_add() {
    return run("rpc");
  }

  /** One awaited {@code env.WORKER_B.fetch(url)} plus reading the body. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public String http_binding_fetch() {
    return run("fetch");
  }

  /** One RPC call with a 10 KB object argument. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public String rpc_10kb_object() {
    return run("object");
  }

  /** One RPC call whose argument is a function the callee calls back once. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public String rpc_callback_round_trip() {
    return run("callback");
  }

  /** {@code env.WORKER_B.counter(i).next()}: a call pipelined on the RpcTarget another call returns. */
  @Benchmark
  @OperationsPerInvocation(CALLS)
  public String rpc_pipelined_call() {
    return run("pipeline");
  }
}
