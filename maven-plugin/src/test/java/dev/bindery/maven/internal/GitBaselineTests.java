package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.Member;
import dev.bindery.contract.Surface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitBaselineTests {

    @TempDir
    Path repo;

    private final ContractChecker checker = ContractChecker.create();

    @Test
    void rebuilds_the_surface_from_the_sources_at_the_ref() throws Exception {
        // given a project in a subdirectory of a repository, committed at v1 and changed to v2 since
        Path project = repo.resolve("workers");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Fixtures.copy("billing-v1", project.resolve("billing"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("v1").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
        }
        Path config = Fixtures.copy("billing-v2", project.resolve("billing")).resolve("wrangler.jsonc");
        Worker current = new Worker(config, checker.extract(config));

        // when
        GitBaseline baseline = new GitBaseline(project, "main", repo.resolve("out"), checker::extract);
        Surface old = baseline.find(current).orElseThrow();

        // then
        assertThat(members(old)).containsExactly("charge", "refund");
        assertThat(members(current.surface())).containsExactly("charge");
        assertThat(baseline.describe()).matches("git:main \\([0-9a-f]{12}\\)");
        assertThat(baseline.copy()).startsWith(repo.resolve("out")).isDirectoryContaining("glob:**/.complete");
    }

    @Test
    void a_worker_absent_at_the_ref_has_no_baseline() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("README.md"), "empty\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
        }
        Path config = Fixtures.copy("billing-v1", repo.resolve("billing")).resolve("wrangler.jsonc");
        Worker current = new Worker(config, checker.extract(config));
        GitBaseline baseline = new GitBaseline(repo, "main", repo.resolve("out"), checker::extract);

        assertThat(baseline.find(current)).isEmpty();
        assertThat(baseline.missingNotice(current)).startsWith("No baseline for worker 'worker_b': "
                + "billing/wrangler.jsonc does not exist at git:main (");
    }

    @Test
    void an_unknown_ref_is_an_error_saying_to_fetch_it() throws Exception {
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("README.md"), "x\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
        }
        Path config = Fixtures.copy("billing-v1", repo.resolve("billing")).resolve("wrangler.jsonc");
        Worker current = new Worker(config, checker.extract(config));

        assertThatThrownBy(() -> new GitBaseline(repo, "origin/main", repo.resolve("out"), checker::extract)
                .find(current))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("Baseline git:origin/main: no such ref or commit in ")
                .hasMessageEndingWith("Fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0).");
    }

    private static List<String> members(Surface surface) {
        return surface.entrypoint(Entrypoint.DEFAULT).orElseThrow().members().stream().map(Member::name).toList();
    }
}
