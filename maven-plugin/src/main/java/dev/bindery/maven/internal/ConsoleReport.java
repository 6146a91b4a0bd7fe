package dev.bindery.maven.internal;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdict for the build log, a person's to act on: per finding what breaks and where, which callers and
 * call sites are affected, how to fix it, and the entry that accepts it on purpose.
 */
public final class ConsoleReport {

    /** How loud a line is: findings that fail the build are errors. */
    public enum Level { ERROR, WARN, INFO }

    /** One line of the report. */
    public record Line(Level level, String text) {
    }

    private final String acceptedChangesFile;

    /** @param acceptedChangesFile the accepted-changes file, as shown to the user */
    public ConsoleReport(String acceptedChangesFile) {
        this.acceptedChangesFile = acceptedChangesFile;
    }

    /** The report of a verdict judged at {@code failOn} ({@code null} when nothing fails the build). */
    public List<Line> render(Verdict verdict, Severity failOn) {
        List<Line> out = new ArrayList<>();
        for (Finding f : verdict.findings()) {
            Level level = failOn != null && f.severity().isAtLeast(failOn) ? Level.ERROR
                    : f.severity() == Severity.SAFE ? Level.INFO : Level.WARN;
            out.add(new Line(level, f.severity() + " " + f.rule().id() + " " + f.worker() + " " + f.subject()));
            out.add(new Line(level, "  " + f.message()));
            if (f.oldLocation() != null) {
                out.add(new Line(level, "  was: " + f.oldLocation()));
            }
            if (f.newLocation() != null) {
                out.add(new Line(level, "  now: " + f.newLocation()));
            }
            for (CallSite site : f.callers()) {
                out.add(new Line(level, "  caller " + site.worker() + ": " + site.use() + " at "
                        + site.location()));
            }
            if (f.severity() != Severity.SAFE) {
                out.add(new Line(level, "  fix: " + f.fix()));
                out.add(new Line(level, "  to accept it, add to " + acceptedChangesFile + " (with a justification):"));
                out.add(new Line(level, "    " + f.acceptEntry()));
            }
        }
        for (Finding f : verdict.suppressed()) {
            out.add(new Line(Level.INFO, "accepted " + f.rule().id() + " " + f.worker() + " " + f.subject()
                    + " (listed in " + acceptedChangesFile + ")"));
        }
        out.add(new Line(Level.INFO, summary(verdict)));
        return out;
    }

    /** {@code 1 breaking, 0 dangerous, 2 safe, 1 accepted}. */
    public static String summary(Verdict verdict) {
        return verdict.count(Severity.BREAKING) + " breaking, " + verdict.count(Severity.DANGEROUS) + " dangerous, "
                + verdict.count(Severity.SAFE) + " safe, " + verdict.suppressed().size() + " accepted";
    }
}
