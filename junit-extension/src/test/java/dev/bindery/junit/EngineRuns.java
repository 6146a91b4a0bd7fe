package dev.bindery.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes through the Jupiter engine, as a user's build would. */
final class EngineRuns {

  private EngineRuns() {}

  static EngineExecutionResults run(Class<?> fixture) {
    return run(fixture, Map.of());
  }

  static EngineExecutionResults run(Class<?> fixture, Map<String, String> config) {
    return EngineTestKit.engine("junit-jupiter").configurationParameters(config).selectors(selectClass(fixture))
        .execute();
  }

  /** The failures of every test and container, in the order they happened. */
  static List<Throwable> failures(Class<?> fixture) {
    return failures(run(fixture));
  }

  /** The one failure of a fixture run; fails when there are none or several. */
  static Throwable onlyFailure(Class<?> fixture) {
    List<Throwable> all = failures(fixture);
    if (all.size() != 1) {
      AssertionError e = new AssertionError("expected exactly one failure but got " + all.size() + ": " + all);
      all.forEach(e::addSuppressed);
      throw e;
    }
    return all.get(0);
  }

  static List<Throwable> failures(EngineExecutionResults results) {
    return results.allEvents().failed().stream()
        .map(Event::getPayload)
        .map(p -> p.map(TestExecutionResult.class::cast).flatMap(TestExecutionResult::getThrowable).orElseThrow())
        .toList();
  }
}
