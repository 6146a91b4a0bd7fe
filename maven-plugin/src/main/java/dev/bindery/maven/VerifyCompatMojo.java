package dev.bindery.maven;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.Severity;
import dev.bindery.maven.internal.BaselineSource;
import dev.bindery.maven.internal.CompatCheck;
import dev.bindery.maven.internal.ConsoleReport;
import dev.bindery.maven.internal.GitHubOutput;
import dev.bindery.maven.internal.ReportFiles;
import dev.bindery.maven.internal.WorkerConfigs;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that each worker can be deployed on its own: every callee's surface against its baseline with the
 * project's callers as context, every caller against what its callees have deployed. Fails the build on
 * findings at or above {@code failOn}; writes reports under {@code target/bindery/}.
 */
@Mojo(name = "verify-compat", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyCompatMojo extends AbstractWorkerMojo {

    /** The severity that fails the build: {@code BREAKING} (default), {@code DANGEROUS}, {@code SAFE} or {@code NONE}. */
    @Parameter(property = "worker.failOn", defaultValue = "BREAKING")
    String failOn;

    /** Report files to write: any of {@code json, markdown, sarif, junit, text, github}. */
    @Parameter(property = "worker.formats", defaultValue = "json,markdown,sarif,junit")
    List<String> formats;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping worker:verify-compat (worker.skip=true).");
            return;
        }
        long start = System.nanoTime();
        CompatCheck.Result result;
        Severity threshold;
        List<Path> reports;
        try {
            threshold = "NONE".equalsIgnoreCase(failOn.trim()) ? null : Severity.parse(failOn);
            List<Path> configs = workerConfigs();
            if (configs.isEmpty()) {
                getLog().info("No wrangler config under " + basedir() + ": nothing to check.");
                return;
            }
            var checker = checker();
            BaselineSource baseline = baseline(checker);
            result = new CompatCheck(checker).run(basedir(), configs, baseline);
            reports = ReportFiles.write(result.verdict(), ReportFiles.parse(formats), outputDirectory.toPath());
            new GitHubOutput(System.getenv()).publish(result.verdict(), System.err);
        } catch (ContractException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("Checked " + result.workers().size() + " worker(s) against " + result.verdict().subject()
                .substring("verify-compat against ".length()) + " in " + (System.nanoTime() - start) / 1_000_000
                + " ms.");
        result.notices().forEach(getLog()::warn);
        String accepted = WorkerConfigs.display(basedir(), acceptedChanges.toPath());
        for (ConsoleReport.Line line : new ConsoleReport(accepted).render(result.verdict(), threshold)) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARN -> getLog().warn(line.text());
                default -> getLog().info(line.text());
            }
        }
        reports.forEach(r -> getLog().info("Report: " + WorkerConfigs.display(basedir(), r)));
        if (threshold != null && result.verdict().failsAt(threshold)) {
            throw new MojoFailureException("Contract check failed: " + ConsoleReport.summary(result.verdict())
                    + " (failOn=" + threshold.name().toLowerCase(Locale.ROOT) + "). See the findings above or "
                    + WorkerConfigs.display(basedir(), outputDirectory.toPath()) + "/.");
        }
    }
}
