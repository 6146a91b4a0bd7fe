package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Surface;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectPathsTests {

    private final Path project = Path.of("/repo/app").toAbsolutePath();

    private static Worker worker(Path config, String name) {
        return new Worker(config, new Surface(Surface.FORMAT_VERSION, name, null, List.of(), List.of()));
    }

    @Test
    void prefixes_each_location_with_its_own_worker_directory() {
        ProjectPaths paths = new ProjectPaths(project, List.of(worker(project.resolve("billing/wrangler.jsonc"), "billing"),
                worker(project.resolve("shops/web/wrangler.toml"), "shop")));
        Finding f = new Finding(RuleCatalog.METHOD_NO_DELETE, Severity.BREAKING, "billing", "default.refund", "m",
                new SourceLocation("src/index.js", 8, 9), null,
                List.of(new CallSite("shop", "BILLING", "env.BILLING.refund()", new SourceLocation("src/main.ts", 3, 1))),
                "fix", "00e61cc814b0", false);

        Finding out = paths.relativize(new Verdict("v", List.of(f), List.of(f))).findings().get(0);

        assertThat(out.oldLocation()).isEqualTo(new SourceLocation("billing/src/index.js", 8, 9));
        assertThat(out.newLocation()).isNull();
        assertThat(out.callers().get(0).location()).isEqualTo(new SourceLocation("shops/web/src/main.ts", 3, 1));
        assertThat(out.fingerprint()).isEqualTo(f.fingerprint());
    }

    @Test
    void leaves_workers_at_the_project_root_unknown_workers_and_absolute_paths_alone() {
        ProjectPaths paths = new ProjectPaths(project, List.of(worker(project.resolve("wrangler.jsonc"), "root")));
        SourceLocation absolute = new SourceLocation("/elsewhere/x.js", 1, 1);
        Finding root = new Finding(RuleCatalog.METHOD_ADDED, Severity.SAFE, "root", "s", "m", null,
                new SourceLocation("src/index.js", 1, 1), List.of(), "fix", "f", false);
        Finding other = new Finding(RuleCatalog.METHOD_ADDED, Severity.SAFE, "other", "s", "m", null, absolute,
                List.of(), "fix", "f", false);

        List<Finding> out = paths.relativize(new Verdict("v", List.of(root, other), List.of())).findings();

        assertThat(out.get(0).newLocation()).isEqualTo(new SourceLocation("src/index.js", 1, 1));
        assertThat(out.get(1).newLocation()).isEqualTo(absolute);
    }
}
