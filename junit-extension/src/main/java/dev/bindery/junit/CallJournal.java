package dev.bindery.junit;

import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.ServiceCall;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Every call made through a service binding during the test, in the order the calls settled:
 * caller, binding, entrypoint, method or HTTP request, arguments, result or error, and time.
 * Calls that Java makes directly ({@code worker.call(...)}) are not part of it.
 *
 * <pre>{@code
 * journal.verify(CallPattern.rpc("worker_b", "add").withArgs(1, 2));
 * journal.verify(0, CallPattern.fetch("audit"));
 * }</pre>
 */
public final class CallJournal {

  private final List<CallRecord> records = new CopyOnWriteArrayList<>();

  CallJournal() {}

  void add(CallRecord record) {
    records.add(record);
  }

  void clear() {
    records.clear();
  }

  /** All calls, in order. */
  public List<CallRecord> all() {
    return List.copyOf(records);
  }

  /** The calls to {@code service}. */
  public List<CallRecord> calls(String service) {
    return records.stream().filter(r -> r.call().service().equals(service)).collect(Collectors.toUnmodifiableList());
  }

  /** The calls that match {@code pattern}. */
  public List<CallRecord> calls(CallPattern pattern) {
    return records.stream().filter(pattern::matches).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that at least one call matches.
   *
   * @throws AssertionError with the nearest recorded calls when none does
   */
  public void verify(CallPattern pattern) {
    if (calls(pattern).isEmpty()) {
      throw new AssertionError(report("at least one call", pattern, 0));
    }
  }

  /**
   * Checks that exactly {@code times} calls match.
   *
   * @throws AssertionError with the nearest recorded calls otherwise
   */
  public void verify(int times, CallPattern pattern) {
    int found = calls(pattern).size();
    if (found != times) {
      throw new AssertionError(report("exactly " + times + (times == 1 ? " call" : " calls"), pattern, found));
    }
  }

  String report(String expected, CallPattern pattern, int found) {
    StringBuilder s = new StringBuilder("Expected ").append(expected).append(" matching\n  ").append(pattern)
        .append("\nbut found ").append(found).append('.');
    if (records.isEmpty()) {
      return s.append("\nNo cross-worker calls were recorded.").toString();
    }
    List<CallRecord> near = records.stream().filter(r -> !pattern.matches(r))
        .sorted(Comparator.comparingInt(r -> pattern.differences(r).size())).limit(3).collect(Collectors.toList());
    if (!near.isEmpty()) {
      s.append("\nNearest recorded calls:");
      for (CallRecord r : near) {
        s.append("\n  ").append(describe(r));
        pattern.differences(r).forEach(d -> s.append("\n      ").append(d));
      }
    }
    s.append("\nAll recorded calls, in order:");
    for (int i = 0; i < records.size(); i++) {
      s.append("\n  ").append(i + 1).append(". ").append(describe(records.get(i)));
    }
    return s.toString();
  }

  /** One line for a call: what was called and how it ended. */
  static String describe(CallRecord r) {
    ServiceCall c = r.call();
    String what = c.kind() == ServiceCall.Kind.FETCH && r.request() != null
        ? c.caller() + " -> env." + c.binding() + " (" + c.service() + ").fetch(" + r.request().method() + " "
            + r.request().url() + ")"
        : c.toString();
    if (r.failed()) {
      return what + " threw " + r.error().jsClass() + ": " + r.error().jsMessage();
    }
    return what + " = " + (r.result() instanceof String str ? "\"" + str + "\"" : String.valueOf(r.result()));
  }

  @Override
  public String toString() {
    return records.stream().map(CallJournal::describe).collect(Collectors.joining("\n"));
  }
}
