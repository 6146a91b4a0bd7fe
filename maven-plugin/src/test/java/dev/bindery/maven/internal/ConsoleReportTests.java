package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;
import dev.bindery.maven.internal.ConsoleReport.Level;
import dev.bindery.maven.internal.ConsoleReport.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTests {

    private static final Finding REMOVED = new Finding(RuleCatalog.METHOD_NO_DELETE, Severity.BREAKING, "billing",
            "default.refund", "'default.refund' was removed. Used by 1 call site.",
            new SourceLocation("billing/src/index.js", 8, 9), null,
            List.of(new CallSite("shop", "BILLING", "env.BILLING.refund()", new SourceLocation("shop/src/index.js", 3, 26))),
            RuleCatalog.METHOD_NO_DELETE.fix(), "00e61cc814b0", false);
    private static final Finding ADDED = new Finding(RuleCatalog.METHOD_ADDED, Severity.SAFE, "billing",
            "default.invoice", "'default.invoice' was added.", null, new SourceLocation("billing/src/index.js", 12, 9),
            List.of(), RuleCatalog.METHOD_ADDED.fix(), "1a2b3c4d5e6f", false);

    private final ConsoleReport report = new ConsoleReport(".bindery/accepted-changes.json");

    @Test
    void a_failing_finding_says_what_breaks_where_who_calls_it_the_fix_and_the_accept_entry() {
        List<Line> lines = report.render(new Verdict("v", List.of(REMOVED), List.of()), Severity.BREAKING);

        assertThat(lines).containsExactly(
                new Line(Level.ERROR, "BREAKING METHOD_NO_DELETE billing default.refund"),
                new Line(Level.ERROR, "  'default.refund' was removed. Used by 1 call site."),
                new Line(Level.ERROR, "  was: billing/src/index.js:8:9"),
                new Line(Level.ERROR, "  caller shop: env.BILLING.refund() at shop/src/index.js:3:26"),
                new Line(Level.ERROR, "  fix: " + RuleCatalog.METHOD_NO_DELETE.fix()),
                new Line(Level.ERROR, "  to accept it, add to .bindery/accepted-changes.json (with a justification):"),
                new Line(Level.ERROR, "    " + REMOVED.acceptEntry()),
                new Line(Level.INFO, "1 breaking, 0 dangerous, 0 safe, 0 accepted"));
    }

    @Test
    void below_the_threshold_a_breaking_finding_is_a_warning_and_a_safe_one_is_information() {
        List<Line> lines = report.render(new Verdict("v", List.of(REMOVED, ADDED), List.of()), null);

        assertThat(lines.get(0)).isEqualTo(new Line(Level.WARN, "BREAKING METHOD_NO_DELETE billing default.refund"));
        assertThat(lines).contains(new Line(Level.INFO, "SAFE METHOD_ADDED billing default.invoice"),
                new Line(Level.INFO, "  now: billing/src/index.js:12:9"));
        assertThat(lines).noneMatch(l -> l.text().contains(ADDED.fingerprint()));
    }

    @Test
    void accepted_findings_are_listed_with_the_file_that_accepts_them() {
        List<Line> lines = report.render(new Verdict("v", List.of(), List.of(REMOVED)), Severity.BREAKING);

        assertThat(lines).containsExactly(
                new Line(Level.INFO, "accepted METHOD_NO_DELETE billing default.refund (listed in "
                        + ".bindery/accepted-changes.json)"),
                new Line(Level.INFO, "0 breaking, 0 dangerous, 0 safe, 1 accepted"));
    }
}
