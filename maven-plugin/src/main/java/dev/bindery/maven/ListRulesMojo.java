package dev.bindery.maven;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.maven.internal.RuleListing;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the contract checker's rule catalog: {@code mvn worker:list-rules [-Dworker.format=json]
 * [-Dworker.output=rules.json]}. Needs no project.
 */
@Mojo(name = "list-rules", requiresProject = false, threadSafe = true)
public class ListRulesMojo extends AbstractMojo {

    /** {@code text} (default) or {@code json}. */
    @Parameter(property = "worker.format", defaultValue = "text")
    private String format;

    /** Writes the catalog to this file instead of the log. */
    @Parameter(property = "worker.output")
    private File output;

    /** Skips the goal. */
    @Parameter(property = "worker.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping worker:list-rules (worker.skip=true).");
            return;
        }
        String text;
        try {
            text = RuleListing.render(RuleCatalog.all(), format);
        } catch (ContractException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (output == null) {
            text.lines().forEach(getLog()::info);
            return;
        }
        try {
            File parent = output.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(output.toPath(), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the rule catalog to " + output + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote " + RuleCatalog.all().size() + " rules to " + output);
    }
}
