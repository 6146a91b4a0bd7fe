package dev.bindery.maven.internal;

import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Surface;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code worker:verify-compat} checks, each worker deploying on its own: every callee's current surface
 * against its baseline, with the project's callers as context, and every caller against the baselines of the
 * callees it binds to ("deploy X first"). A worker without baseline is a first deploy: its changes are not
 * checked, and its callers are checked against its current surface. Locations in the result are relative to
 * the project directory.
 */
public final class CompatCheck {

    /**
     * The outcome.
     *
     * @param workers the project's workers, as found
     * @param verdict every finding of every check, worst first
     * @param notices workers without baseline, with how to create one
     */
    public record Result(List<Worker> workers, Verdict verdict, List<String> notices) {
    }

    private final ContractChecker checker;

    public CompatCheck(ContractChecker checker) {
        this.checker = checker;
    }

    /** The current surface of each config, in order. */
    public List<Worker> extract(List<Path> configs) {
        return configs.stream().map(c -> new Worker(c, checker.extract(c))).toList();
    }

    /** Runs the checks of the given configs against the baseline. */
    public Result run(Path projectDirectory, List<Path> configs, BaselineSource baseline) {
        List<Worker> workers = extract(configs);
        List<CallerUsage> callers = checker.scanCallers(configs);
        Map<String, Surface> deployed = new LinkedHashMap<>();
        List<Verdict> verdicts = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Worker worker : workers) {
            Optional<Surface> base = baseline.find(worker);
            if (base.isPresent()) {
                verdicts.add(checker.verifyCalleeDeploy(base.get(), worker.surface(), callers));
                deployed.put(worker.name(), base.get());
            } else {
                notices.add(baseline.missingNotice(worker));
                deployed.put(worker.name(), worker.surface());
            }
        }
        for (CallerUsage caller : callers) {
            if (!caller.bindings().isEmpty()) {
                verdicts.add(checker.verifyCallerDeploy(caller, deployed.values()));
            }
        }
        Verdict merged = merge("verify-compat against " + baseline.describe(), verdicts);
        return new Result(workers, new ProjectPaths(projectDirectory, workers).relativize(merged), notices);
    }

    /** One verdict holding the findings of several, worst first (stable within a severity). */
    public static Verdict merge(String subject, List<Verdict> verdicts) {
        List<Finding> findings = verdicts.stream().flatMap(v -> v.findings().stream())
                .sorted(Comparator.comparing(Finding::severity)).toList();
        List<Finding> suppressed = verdicts.stream().flatMap(v -> v.suppressed().stream()).toList();
        return new Verdict(subject, findings, suppressed);
    }
}
