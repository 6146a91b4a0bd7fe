package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RuleCatalog;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatCheckTests {

    @TempDir
    Path project;

    private final ContractChecker checker = ContractChecker.create();

    @Test
    void a_removed_method_a_caller_uses_is_breaking_with_the_call_site_at_its_project_path() {
        // given billing's snapshot at v1, billing now at v2 (refund removed), shop calling refund
        Path billing = Fixtures.copy("billing-v1", project.resolve("workers/billing")).resolve("wrangler.jsonc");
        Path shop = Fixtures.copy("shop", project.resolve("workers/shop")).resolve("wrangler.jsonc");
        SnapshotStore store = new SnapshotStore(project, null);
        store.write(new Worker(billing, checker.extract(billing)));
        Fixtures.copy("billing-v2", project.resolve("workers/billing"));

        // when
        CompatCheck.Result result = new CompatCheck(checker).run(project, List.of(billing, shop), store);

        // then
        Finding removal = result.verdict().findings().get(0);
        assertThat(removal.rule()).isEqualTo(RuleCatalog.METHOD_NO_DELETE);
        assertThat(removal.severity()).isEqualTo(Severity.BREAKING);
        assertThat(removal.oldLocation().toString()).isEqualTo("workers/billing/src/index.js:8:9");
        assertThat(removal.callers()).singleElement()
                .satisfies(c -> assertThat(c.location().toString()).isEqualTo("workers/shop/src/index.js:3:24"));
        assertThat(result.verdict().subject()).isEqualTo("verify-compat against snapshot");
        assertThat(result.notices()).containsExactly(store.missingNotice(result.workers().get(1)));
    }

    @Test
    void a_worker_without_baseline_is_a_first_deploy_and_its_callers_are_checked_against_its_current_surface() {
        Path billing = Fixtures.copy("billing-v2", project.resolve("billing")).resolve("wrangler.jsonc");
        Path shop = Fixtures.copy("shop", project.resolve("shop")).resolve("wrangler.jsonc");

        CompatCheck.Result result = new CompatCheck(checker).run(project, List.of(billing, shop),
                new SnapshotStore(project, null));

        assertThat(result.notices()).hasSize(2);
        assertThat(result.verdict().findings()).extracting(f -> f.rule().id())
                .containsExactly(RuleCatalog.CALLER_MEMBER_NOT_DEPLOYED.id());
    }

    @Test
    void merge_puts_the_worst_findings_first_and_keeps_every_suppressed_one() {
        Path billing = Fixtures.copy("billing-v1", project.resolve("billing")).resolve("wrangler.jsonc");
        Path changed = Fixtures.copy("billing-v2", project.resolve("v2")).resolve("wrangler.jsonc");
        Verdict diff = checker.diff(checker.extract(billing), checker.extract(changed));
        Verdict safeOnly = new Verdict("a", diff.findings().stream().filter(f -> f.severity() == Severity.SAFE).toList(),
                List.of());
        Verdict breakingOnly = new Verdict("b", diff.findings().stream()
                .filter(f -> f.severity() == Severity.BREAKING).toList(), diff.findings().subList(0, 1));

        Verdict merged = CompatCheck.merge("all", List.of(safeOnly, breakingOnly));

        assertThat(merged.subject()).isEqualTo("all");
        assertThat(merged.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(merged.findings()).hasSize(safeOnly.findings().size() + breakingOnly.findings().size());
        assertThat(merged.suppressed()).hasSize(1);
    }
}
