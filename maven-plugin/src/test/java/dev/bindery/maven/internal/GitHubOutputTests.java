package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubOutputTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream commands = new ByteArrayOutputStream();

    private static Finding finding(Severity severity, String subject) {
        return new Finding(RuleCatalog.METHOD_NO_DELETE, severity, "billing", subject, subject + " changed",
                new SourceLocation("billing/src/index.js", 8, 9), null, List.of(), "fix", subject, false);
    }

    private final Verdict verdict = new Verdict("v", List.of(finding(Severity.BREAKING, "default.refund"),
            finding(Severity.DANGEROUS, "default.charge")), List.of());

    @Test
    void outside_github_actions_it_writes_nothing() {
        GitHubOutput output = new GitHubOutput(Map.of());

        output.publish(verdict, new PrintStream(commands, true, StandardCharsets.UTF_8));

        assertThat(output.active()).isFalse();
        assertThat(commands.size()).isZero();
    }

    @Test
    void in_github_actions_it_annotates_the_most_severe_first_and_appends_the_job_summary() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        GitHubOutput output = new GitHubOutput(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()));

        output.publish(verdict, new PrintStream(commands, true, StandardCharsets.UTF_8));

        List<String> lines = commands.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("::error file=billing/src/index.js,line=8");
        assertThat(lines.get(1)).startsWith("::warning file=billing/src/index.js,line=8");
        assertThat(Files.readString(summary)).startsWith("earlier step\n").contains("default.refund");
    }
}
