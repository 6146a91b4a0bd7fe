package dev.bindery.benchmarks;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per running worker: starts 20 seed groups (40 workers) after a warm-up group, and
 * reports the heap growth after full GCs, divided by the number of workers. Indicative only.
 */
public final class HeapPerWorker {

  private HeapPerWorker() {}

  public static void main(String[] args) {
    Path w = BindingBenchmarks.workers();
    int groups = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    WorkerGroup warm = WorkerGroup.fromConfigs(w.resolve("a/wrangler.jsonc"), w.resolve("b/wrangler.jsonc"));
    warm.fetch(WorkerRequest.get("http://localhost/"));
    long before = usedAfterGc();
    List<WorkerGroup> running = new ArrayList<>();
    for (int i = 0; i < groups; i++) {
      WorkerGroup g = WorkerGroup.fromConfigs(w.resolve("a/wrangler.jsonc"), w.resolve("b/wrangler.jsonc"));
      g.fetch(WorkerRequest.get("http://localhost/"));
      running.add(g);
    }
    long after = usedAfterGc();
    System.out.printf("heap per worker: %.2f MB (%d workers, %.1f MB in all)%n",
        (after - before) / 1e6 / (groups * 2), groups * 2, (after - before) / 1e6);
    running.forEach(WorkerGroup::close);
    warm.close();
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
