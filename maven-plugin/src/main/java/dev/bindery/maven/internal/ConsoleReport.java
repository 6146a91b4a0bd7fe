package dev.bindery.maven.internal;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private final Map<String, String> workerDirectories;
    private final String acceptedChangesFile;

    /**
     * @param workerDirectories   worker name to its config directory relative to the project ({@code ""} or
     *                            ending in {@code /}), to show project-relative locations
     * @param acceptedChangesFile the accepted-changes file, as shown to the user
     */
    public ConsoleReport(Map<String, String> workerDirectories, String acceptedChangesFile) {
        this.workerDirectories = Map.copyOf(workerDirectories);
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
                out.add(new Line(level, "  was: " + where(f.worker(), f.oldLocation())));
            }
            if (f.newLocation() != null) {
                out.add(new Line(level, "  now: " + where(f.worker(), f.newLocation())));
            }
            for (CallSite site : f.callers()) {
                out.add(new Line(level, "  caller " + site.worker() + ": " + site.use() + " at "
                        + where(site.worker(), site.location())));
            }
            if (f.severity() != Severity.SAFE) {
                out.add(new Line(level, "  fix: " + f.fix()));
                out.add(new Line(level, "  to accept it, add to " + acceptedChangesFile + " (with a justification):"));
                out.add(new Line(level, "    " + f.acceptEntry()));
            }
        }
        for (Finding f : verdict.suppressed()) {
            out.add(new Line(Level.INFO, "accepted " + f.rule().id() + " " + f.worker() + " " + f.subject()));
        }
        out.add(new Line(Level.INFO, summary(verdict)));
        return out;
    }

    /** {@code 1 breaking, 0 dangerous, 2 safe, 1 accepted}. */
    public static String summary(Verdict verdict) {
        return verdict.count(Severity.BREAKING) + " breaking, " + verdict.count(Severity.DANGEROUS) + " dangerous, "
                + verdict.count(Severity.SAFE) + " safe, " + verdict.suppressed().size() + " accepted";
    }

    private String where(String worker, SourceLocation location) {
        String dir = workerDirectories.getOrDefault(worker, "");
        String file = location.file();
        boolean relative = !file.startsWith("/") && !(file.length() > 1 && file.charAt(1) == ':');
        return relative ? new SourceLocation(dir + file, location.line(), location.column()).toString()
                : location.toString();
    }
}
