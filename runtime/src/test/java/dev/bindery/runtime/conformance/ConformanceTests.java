package dev.bindery.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Runs every case recorded from workerd in {@code ../shared/conformance/cases} through the Java
 * API and writes {@code target/conformance-report.txt} ("N passed, N failed" and each failing
 * case's diff). Every answer must match workerd's.
 */
class ConformanceTests {


  /**
   * Requests whose answer differs in a way Bindery cannot change inside GraalJS. Listed in the docs'
   * differences from workerd.
   */
  static final Set<String> KNOWN_ENGINE_DIFFERENCES = Set.of();

  private static String firstLine(String diff) {
    return diff.lines().findFirst().orElse("");
  }

  /**
   * Cases Bindery's team wrote and recorded on workerd with the oracle
   * ({@code shared/oracle/run-case --record}); they live with the tests, so they always run.
   */
  @Test
  void our_own_cases_recorded_on_workerd_answer_the_same() {
    List<String> failures = new ArrayList<>();
    for (ConformanceCase c : ConformanceCase.all(Path.of("src/test/resources/conformance"))) {
      ConformanceRunner.Result r = ConformanceRunner.run(c);
      r.diffs().stream().filter(d -> !KNOWN_ENGINE_DIFFERENCES.contains(c.name() + " " + firstLine(d)))
          .forEach(d -> failures.add(c.name() + " " + d));
    }
    assertThat(failures).as("our cases that answer differently from workerd").isEmpty();
  }

  @Test
  void recorded_workerd_cases_answer_the_same_through_the_java_api(TestReporter reporter) throws IOException {
    Path cases = ConformanceCase.casesDir();
    Assumptions.assumeTrue(Files.isDirectory(cases),
        "conformance cases not found at " + cases + " (they live in the shared folder beside the checkout; "
            + "set -Dbindery.conformance.cases=DIR to point at them)");

    List<ConformanceRunner.Result> results = new ArrayList<>();
    for (ConformanceCase c : ConformanceCase.all(cases)) {
      results.add(ConformanceRunner.run(c));
    }

    long passed = results.stream().filter(ConformanceRunner.Result::passed).count();
    long failed = results.size() - passed;
    StringBuilder report = new StringBuilder();
    report.append(passed).append(" passed, ").append(failed).append(" failed\n");
    for (ConformanceRunner.Result r : results) {
      report.append(r.passed() ? "PASS " : "FAIL ").append(r.testCase().name()).append('\n');
      for (String d : r.diffs()) {
        report.append("  ").append(d).append('\n');
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "conformance-report.txt"), report.toString());
    reporter.publishEntry("conformance", "Java API against workerd recordings: " + passed + " of " + results.size()
        + " cases pass; details in target/conformance-report.txt");

    List<String> failures = results.stream()
        .flatMap(r -> r.diffs().stream().filter(d -> !KNOWN_ENGINE_DIFFERENCES.contains(r.testCase().name() + " " + firstLine(d)))
            .map(d -> r.testCase().name() + " " + d))
        .toList();
    assertThat(failures).as("cases that answer differently from workerd").isEmpty();
  }
}
