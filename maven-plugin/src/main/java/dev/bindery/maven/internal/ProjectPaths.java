package dev.bindery.maven.internal;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a verdict's locations, which the checker gives relative to each worker's config directory, to
 * paths relative to the project directory, so that every report (console, SARIF, annotations) points at the
 * file in the repository.
 */
public final class ProjectPaths {

    private final Map<String, String> prefixes = new HashMap<>();

    /** @param workers the project's workers; their names select the directory of each location */
    public ProjectPaths(Path projectDirectory, List<Worker> workers) {
        for (Worker w : workers) {
            String dir = WorkerConfigs.display(projectDirectory, w.config().toAbsolutePath().normalize().getParent());
            prefixes.put(w.name(), dir.isEmpty() ? "" : dir + "/");
        }
    }

    /** The verdict with project-relative locations; fingerprints are unaffected (they hold no paths). */
    public Verdict relativize(Verdict verdict) {
        return new Verdict(verdict.subject(), verdict.findings().stream().map(this::relativize).toList(),
                verdict.suppressed().stream().map(this::relativize).toList());
    }

    private Finding relativize(Finding f) {
        List<CallSite> callers = f.callers().stream().map(c -> new CallSite(c.worker(), c.binding(), c.use(),
                at(c.worker(), c.location()))).toList();
        return new Finding(f.rule(), f.severity(), f.worker(), f.subject(), f.message(), at(f.worker(), f.oldLocation()),
                at(f.worker(), f.newLocation()), callers, f.fix(), f.fingerprint(), f.cleanup());
    }

    private SourceLocation at(String worker, SourceLocation location) {
        String prefix = prefixes.get(worker);
        if (location == null || prefix == null || prefix.isEmpty() || isAbsolute(location.file())) {
            return location;
        }
        return new SourceLocation(prefix + location.file(), location.line(), location.column());
    }

    private static boolean isAbsolute(String file) {
        return file.startsWith("/") || file.startsWith("\\") || (file.length() > 1 && file.charAt(1) == ':');
    }
}
