package dev.bindery.contract.internal.report;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Verdict;

/** Plain text for people: grouped by severity, each finding with locations, callers, fix and accept entry. */
final class TextReport implements ReportRenderer {

    @Override
    public String render(Verdict verdict) {
        StringBuilder sb = new StringBuilder();
        sb.append(verdict.subject()).append(": ").append(summary(verdict)).append('\n');
        for (Finding f : verdict.findings()) {
            sb.append('\n').append(f.severity()).append(' ').append(f.rule().id()).append("  ").append(f.worker())
                    .append(' ').append(f.subject()).append(f.cleanup() ? "  (cleanup)" : "").append('\n');
            sb.append("  ").append(f.message()).append('\n');
            if (f.oldLocation() != null) {
                sb.append("  old: ").append(f.oldLocation()).append('\n');
            }
            if (f.newLocation() != null) {
                sb.append("  new: ").append(f.newLocation()).append('\n');
            }
            for (CallSite c : f.callers()) {
                sb.append("  caller ").append(c.worker()).append(": ").append(c.use()).append(" at ")
                        .append(c.location()).append('\n');
            }
            if (f.severity() != Severity.SAFE) {
                sb.append("  fix: ").append(f.fix()).append('\n');
                sb.append("  accept: ").append(f.acceptEntry()).append('\n');
            }
        }
        if (!verdict.suppressed().isEmpty()) {
            sb.append('\n').append(verdict.suppressed().size()).append(" accepted change(s) not counted:\n");
            for (Finding f : verdict.suppressed()) {
                sb.append("  ").append(f.rule().id()).append(' ').append(f.worker()).append(' ').append(f.subject())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    static String summary(Verdict v) {
        if (v.findings().isEmpty()) {
            return "no changes" + (v.suppressed().isEmpty() ? "" : " (" + v.suppressed().size() + " accepted)");
        }
        return v.count(Severity.BREAKING) + " breaking, " + v.count(Severity.DANGEROUS) + " dangerous, "
                + v.count(Severity.SAFE) + " safe" + (v.suppressed().isEmpty() ? "" : ", " + v.suppressed().size()
                + " accepted");
    }
}
