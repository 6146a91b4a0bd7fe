package dev.bindery.maven.internal;

import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Reports;
import dev.bindery.contract.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * GitHub Actions output when the build runs there ({@code GITHUB_ACTIONS=true}): workflow-command annotations
 * (most severe first), and the Markdown report appended to the job summary ({@code GITHUB_STEP_SUMMARY}).
 * Workflow commands must start a line, which the Maven log's {@code [INFO]} prefix prevents, so they go to a
 * stream of their own (standard error, which the runner also reads, keeping standard output for the log).
 */
public final class GitHubOutput {

    private final Map<String, String> environment;

    /** @param environment the process environment ({@code System.getenv()}) */
    public GitHubOutput(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** Whether the build runs in GitHub Actions. */
    public boolean active() {
        return "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /** Writes annotations and the job summary when active; does nothing otherwise. */
    public void publish(Verdict verdict, PrintStream commands) {
        if (!active()) {
            return;
        }
        String annotations = Reports.render(verdict, ReportFormat.GITHUB);
        if (!annotations.isEmpty()) {
            commands.print(annotations.endsWith("\n") ? annotations : annotations + "\n");
            commands.flush();
        }
        String summaryFile = environment.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            try {
                Files.writeString(Path.of(summaryFile), Reports.render(verdict, ReportFormat.MARKDOWN) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append to GITHUB_STEP_SUMMARY " + summaryFile + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
