package dev.bindery.maven;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Reports;
import dev.bindery.contract.RolloutPlan;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Surface;
import dev.bindery.maven.internal.BaselineSource;
import dev.bindery.maven.internal.CompatCheck;
import dev.bindery.maven.internal.Worker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the order in which to deploy the project's workers (callees before callers) and each step's verdict
 * against the baseline, which stands for what is deployed: {@code mvn worker:plan [-Dworker.against=git:origin/main]}.
 */
@Mojo(name = "plan", threadSafe = true)
public class PlanMojo extends AbstractWorkerMojo {

    /** {@code text} (default), {@code json} or {@code markdown}. */
    @Parameter(property = "worker.format", defaultValue = "text")
    String format;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping worker:plan (worker.skip=true).");
            return;
        }
        RolloutPlan plan;
        String rendered;
        try {
            ReportFormat reportFormat = ReportFormat.parse(format);
            List<Path> configs = workerConfigs();
            if (configs.isEmpty()) {
                getLog().info("No wrangler config under " + basedir() + ": nothing to plan.");
                return;
            }
            var checker = checker();
            BaselineSource baseline = baseline(checker);
            List<Surface> deployed = new ArrayList<>();
            for (Worker worker : new CompatCheck(checker).extract(configs)) {
                baseline.find(worker).ifPresentOrElse(deployed::add, () -> getLog().info("Worker '" + worker.name()
                        + "' has no baseline in " + baseline.describe() + ": planned as a first deploy."));
            }
            plan = checker.plan(configs, deployed);
            rendered = Reports.render(plan, reportFormat);
        } catch (ContractException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        rendered.lines().forEach(getLog()::info);
        if (!plan.isSafe(Severity.BREAKING)) {
            getLog().warn("Some steps have breaking findings: fix them before deploying (mvn worker:verify-compat).");
        }
    }
}
