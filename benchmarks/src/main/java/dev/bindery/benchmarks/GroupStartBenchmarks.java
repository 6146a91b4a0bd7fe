package dev.bindery.benchmarks;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A further two-worker group in a warm JVM: start, answer one request through the binding, close. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GroupStartBenchmarks {

  @Benchmark
  public String warm_group_start_first_answer_close() {
    Path w = BindingBenchmarks.workers();
    try (WorkerGroup group = WorkerGroup.fromConfigs(w.resolve("a/wrangler.jsonc"), w.resolve("b/wrangler.jsonc"))) {
      return group.fetch(WorkerRequest.get("http://localhost/")).bodyText();
    }
  }
}
