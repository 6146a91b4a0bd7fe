package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeployVerdictTests {

    private final ContractChecker checker = ContractChecker.create();
    private final Surface deployedDocs = checker.extract(Fixtures.path("scenario/docs-v1/wrangler.jsonc"));
    private final Surface candidateDocs = checker.extract(Fixtures.path("scenario/repo/docs/wrangler.jsonc"));
    private final CallerUsage shop = checker.scanCaller(Fixtures.path("scenario/repo/shop/wrangler.jsonc"));
    private final CallerUsage admin = checker.scanCaller(Fixtures.path("scenario/repo/admin/wrangler.toml"));

    @Test
    void caller_scan_finds_this_env_and_aliased_binding_uses() {
        assertThat(shop.uses()).extracting(BindingUse::binding, BindingUse::path, BindingUse::kind,
                        BindingUse::argumentCount)
                .containsExactly(tuple("DOCS", List.of("getDoc"), UseKind.CALL, 1),
                        tuple("DOCS", List.of("search"), UseKind.CALL, 1));
        assertThat(admin.uses()).extracting(BindingUse::path, u -> u.location().toString())
                .containsExactly(tuple(List.of("listDocs"), "index.js:4:32"));
    }

    @Test
    void removing_a_member_a_caller_uses_is_breaking_and_names_the_call_site() {
        Verdict verdict = checker.verifyCalleeDeploy(deployedDocs, candidateDocs, List.of(shop, admin));

        Finding search = verdict.findings().stream().filter(f -> f.subject().equals("default.search")).findFirst()
                .orElseThrow();
        assertThat(search.rule()).isEqualTo(RuleCatalog.METHOD_NO_DELETE);
        assertThat(search.severity()).isEqualTo(Severity.BREAKING);
        assertThat(search.oldLocation()).hasToString("index.ts:13:9");
        assertThat(search.callers()).extracting(CallSite::worker, CallSite::use, c -> c.location().toString())
                .containsExactly(tuple("shop", "env.DOCS.search()", "index.js:6:24"));
    }

    @Test
    void removing_a_member_no_caller_uses_is_a_safe_cleanup() {
        Verdict verdict = checker.verifyCalleeDeploy(deployedDocs, candidateDocs, List.of(shop, admin));

        assertThat(verdict.findings()).filteredOn(f -> f.subject().equals("default.legacyGet"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.SAFE);
                    assertThat(f.cleanup()).isTrue();
                    assertThat(f.message()).endsWith("No caller uses it any more: safe cleanup (rollout step 3).");
                });
    }

    @Test
    void without_caller_information_removals_stay_breaking() {
        Verdict verdict = checker.verifyCalleeDeploy(deployedDocs, candidateDocs, null);

        assertThat(verdict.findings()).filteredOn(f -> f.subject().equals("default.search"))
                .extracting(Finding::severity).containsExactly(Severity.BREAKING);
        assertThat(verdict.findings()).filteredOn(f -> f.subject().equals("default.legacyGet"))
                .extracting(Finding::severity).containsExactly(Severity.DANGEROUS);
    }

    @Test
    void a_caller_that_runs_ahead_of_its_callee_is_told_to_deploy_the_callee_first() {
        Verdict verdict = checker.verifyCallerDeploy(admin, List.of(deployedDocs));

        assertThat(verdict.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleCatalog.CALLER_MEMBER_NOT_DEPLOYED);
            assertThat(f.message()).isEqualTo("env.DOCS.listDocs() uses 'listDocs', which the deployed 'docs' does "
                    + "not have on entrypoint 'default'. Deploy docs first.");
        });
    }

    @Test
    void a_caller_is_safe_once_its_callee_is_deployed() {
        assertThat(checker.verifyCallerDeploy(admin, List.of(candidateDocs)).findings()).isEmpty();
    }

    @Test
    void accepted_changes_move_findings_out_of_the_count() {
        Finding search = checker.verifyCalleeDeploy(deployedDocs, candidateDocs, List.of(shop)).findings().stream()
                .filter(f -> f.subject().equals("default.search")).findFirst().orElseThrow();
        ContractChecker accepting = ContractChecker.builder().acceptedChanges(AcceptedChanges.of(List.of(
                new AcceptedChanges.Entry(search.rule().id(), search.fingerprint(), "docs default.search",
                        "search moved to the search worker; shop migrates in the same release")))).build();

        Verdict verdict = accepting.verifyCalleeDeploy(deployedDocs, candidateDocs, List.of(shop));

        assertThat(verdict.suppressed()).extracting(Finding::subject).containsExactly("default.search");
        assertThat(verdict.failsAt(Severity.BREAKING)).isFalse();
        assertThat(search.acceptEntry()).isEqualTo("{\"rule\":\"METHOD_NO_DELETE\",\"fingerprint\":\""
                + search.fingerprint() + "\",\"subject\":\"docs default.search\",\"justification\":\"<why this change is acceptable>\"}");
    }

    @Test
    void rollout_plan_deploys_callees_first_with_a_verdict_per_step() {
        RolloutPlan plan = checker.plan(List.of(Fixtures.path("scenario/repo/shop/wrangler.jsonc"),
                Fixtures.path("scenario/repo/admin/wrangler.toml"),
                Fixtures.path("scenario/repo/docs/wrangler.jsonc")), List.of(deployedDocs));

        assertThat(plan.steps()).extracting(RolloutPlan.Step::worker).containsExactly("docs", "admin", "shop");
        assertThat(plan.cycles()).isEmpty();
        assertThat(plan.steps().get(0).verdict().findings()).filteredOn(f -> f.severity() == Severity.BREAKING)
                .extracting(Finding::subject).containsExactly("default.search");
        assertThat(plan.steps().get(1).verdict().findings()).isEmpty();
    }

    @Test
    void rollout_plan_names_cycles() {
        RolloutPlan plan = checker.plan(List.of(Fixtures.path("scenario/cycle/ping/wrangler.jsonc"),
                Fixtures.path("scenario/cycle/pong/wrangler.jsonc")), List.of());

        assertThat(plan.cycles()).containsExactly(List.of("ping", "pong"));
        assertThat(plan.steps().get(0).verdict().findings()).extracting(f -> f.rule().id())
                .containsExactly("CALLER_SERVICE_NOT_DEPLOYED");
    }
}
