package dev.bindery.contract;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a diff or a deploy check.
 *
 * @param subject    what was checked, e.g. {@code deploy callee billing}
 * @param findings   findings that count, worst first, then by subject
 * @param suppressed findings matched by an accepted change, with that entry's justification in the reports
 */
public record Verdict(String subject, List<Finding> findings, List<Finding> suppressed) {

    public Verdict {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    /** The worst severity among findings, empty when there are none. */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).min(Enum::compareTo);
    }

    /** Whether some finding is at least as bad as {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().isAtLeast(threshold));
    }

    /** Number of findings with exactly this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
