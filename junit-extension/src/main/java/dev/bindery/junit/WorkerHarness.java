package dev.bindery.junit;

import dev.bindery.junit.internal.ConfigCache;
import dev.bindery.junit.internal.GroupAssembly;
import dev.bindery.junit.internal.HarnessSpec;
import dev.bindery.junit.internal.Outbound;
import dev.bindery.junit.internal.Resources;
import dev.bindery.junit.internal.StubHandler;
import dev.bindery.junit.internal.StubRules;
import dev.bindery.runtime.OutboundFetch;
import dev.bindery.runtime.Worker;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A running group with its stubs and call journal: what {@code @WorkerTest} gives each test, and
 * what code outside Jupiter (a jqwik property, a main method) starts itself with
 * {@link BinderyExtension.Builder#start()}. Closing it stops the workers and deletes inline
 * workers' files, in reverse order, once.
 */
public final class WorkerHarness implements AutoCloseable {

  private final Resources resources = new Resources();
  private final Map<String, ServiceStub> stubs = new LinkedHashMap<>();
  private final List<StubRules> rules = new ArrayList<>();
  private final List<String> unmatched = new CopyOnWriteArrayList<>();
  private final CallJournal journal = new CallJournal();
  private final Map<String, Integer> consoleMarks = new LinkedHashMap<>();
  private final WorkerGroup group;

  WorkerHarness(HarnessSpec spec, ConfigCache cache) {
    try {
      Path temp = null;
      if (!spec.jsWorkers().isEmpty()) {
        temp = Files.createTempDirectory("bindery-js-workers");
        resources.deleteLater(temp);
      }
      GroupAssembly plan = GroupAssembly.plan(spec, cache, temp);
      for (String service : plan.stubbed()) {
        StubRules r = new StubRules(service);
        rules.add(r);
        stubs.put(service, new ServiceStub(r));
      }
      OutboundFetch outbound = spec.outboundTo() != null ? Outbound.to(spec.outboundTo())
          : spec.allowNetwork() ? Outbound.network() : Outbound.refuse();
      this.group = plan.start(s -> new StubHandler(stubs.get(s).rules(), unmatched), journal::add, outbound);
      resources.add(group);
    } catch (java.io.IOException e) {
      resources.close();
      throw new java.io.UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      resources.close();
      throw e;
    }
  }

  /** The running group. */
  public WorkerGroup group() {
    return group;
  }

  /** The worker named {@code name}; fails with the names that exist. */
  public Worker worker(String name) {
    return group.worker(name);
  }

  /**
   * The stub of {@code service}.
   *
   * @throws IllegalArgumentException when the service is not stubbed, naming those that are
   */
  public ServiceStub stub(String service) {
    ServiceStub s = stubs.get(service);
    if (s == null) {
      throw new IllegalArgumentException("Service \"" + service + "\" is not stubbed in this group. Stubbed services: "
          + stubs.keySet() + ".");
    }
    return s;
  }

  /** The stubs, by service. */
  public Map<String, ServiceStub> stubs() {
    return java.util.Collections.unmodifiableMap(stubs);
  }

  /** The cross-worker calls so far. */
  public CallJournal journal() {
    return journal;
  }

  /** Calls that reached a stub without a matching answer, as the worker saw the error. */
  public List<String> unmatchedCalls() {
    return List.copyOf(unmatched);
  }

  /** Clears answers, journal, unmatched calls, and marks the console, for the next test on a shared group. */
  public void reset() {
    stubs.values().forEach(ServiceStub::reset);
    journal.clear();
    unmatched.clear();
    for (Worker w : group.workers()) {
      consoleMarks.put(w.name(), w.console().size());
    }
  }

  /**
   * What a failed test should show besides its own error: the JS error with its stack, each
   * worker's console output since the test started, and the cross-worker calls.
   */
  public String report(Throwable failure) {
    StringBuilder s = new StringBuilder("Workers in this test:");
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof WorkerException w) {
        s.append("\n  JS error from worker \"").append(w.worker()).append("\": ").append(w.jsClass()).append(": ")
            .append(w.jsMessage());
        w.jsStackLines().stream().filter(l -> l.trim().startsWith("at ")).forEach(l -> s.append("\n      ").append(l.trim()));
        break;
      }
    }
    for (Worker w : group.workers()) {
      List<String> lines = w.console();
      lines = lines.subList(Math.min(consoleMarks.getOrDefault(w.name(), 0), lines.size()), lines.size());
      s.append("\n  console of ").append(w.name()).append(lines.isEmpty() ? ": (nothing)" : ":");
      lines.forEach(l -> s.append("\n      ").append(l));
    }
    List<dev.bindery.runtime.CallRecord> calls = journal.all();
    s.append("\n  cross-worker calls: ").append(calls.isEmpty() ? "none" : "");
    for (int i = 0; i < calls.size(); i++) {
      s.append("\n      ").append(i + 1).append(". ").append(CallJournal.describe(calls.get(i)));
    }
    return s.toString();
  }

  /** Stops the workers and removes temporary files; idempotent. */
  @Override
  public void close() {
    resources.close();
  }
}
