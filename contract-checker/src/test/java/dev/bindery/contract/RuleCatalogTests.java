package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleCatalogTests {

    private static final Path RULES_MD = Path.of("RULES.md");
    private final ContractChecker checker = ContractChecker.create();

    static Stream<Rule> rules() {
        return RuleCatalog.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void every_rule_is_triggered_by_its_fixture_pair(Rule rule) {
        List<Finding> findings;
        if (rule.category() == RuleCategory.CALLER) {
            Surface deployed = checker.extract(Fixtures.path("rules/" + rule.id() + "/callee/wrangler.jsonc"));
            CallerUsage caller = checker.scanCaller(Fixtures.path("rules/" + rule.id() + "/caller/wrangler.jsonc"));
            findings = checker.verifyCallerDeploy(caller, List.of(deployed)).findings();
        } else {
            Surface v1 = checker.extract(Fixtures.path("rules/" + rule.id() + "/v1/wrangler.jsonc"));
            Surface v2 = checker.extract(Fixtures.path("rules/" + rule.id() + "/v2/wrangler.jsonc"));
            findings = checker.diff(v1, v2).findings();
        }

        assertThat(findings).filteredOn(f -> f.rule().equals(rule))
                .as("findings of %s", rule.id()).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(rule.severity());
                    assertThat(f.primaryLocation()).isNotNull();
                    assertThat(f.fingerprint()).hasSize(12);
                });
    }

    @Test
    void rule_ids_are_unique_upper_snake_case() {
        assertThat(RuleCatalog.all()).extracting(Rule::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Z]+(_[A-Z]+)+"));
    }

    @Test
    void rules_md_is_generated_from_the_catalog() throws IOException {
        if (Boolean.getBoolean("bindery.updateRules")) {
            Files.writeString(RULES_MD, RuleCatalog.markdown());
        }
        assertThat(RULES_MD).as("RULES.md is stale; run the tests with -Dbindery.updateRules=true")
                .hasContent(RuleCatalog.markdown());
    }

    @Test
    void an_unknown_rule_id_lists_the_known_ones() {
        assertThatThrownBy(() -> ContractChecker.builder().disableRules(List.of("METHOD_GONE")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("Unknown rule id 'METHOD_GONE'. Known rule ids: ENTRYPOINT_NO_DELETE, ");
    }

    @Test
    void switched_off_rules_produce_no_findings() {
        ContractChecker quiet = ContractChecker.builder().disableRules(List.of("METHOD_NO_DELETE")).build();
        Surface v1 = quiet.extract(Fixtures.path("rules/METHOD_NO_DELETE/v1/wrangler.jsonc"));
        Surface v2 = quiet.extract(Fixtures.path("rules/METHOD_NO_DELETE/v2/wrangler.jsonc"));

        assertThat(quiet.diff(v1, v2).findings()).extracting(f -> f.rule().id()).containsExactly("METHOD_ADDED");
    }

    @Test
    void rules_apply_inside_returned_rpc_targets() {
        Surface v1 = checker.extract(Fixtures.path("rules/target-member-removed/v1/wrangler.jsonc"));
        Surface v2 = checker.extract(Fixtures.path("rules/target-member-removed/v2/wrangler.jsonc"));

        assertThat(checker.diff(v1, v2).findings()).extracting(f -> f.rule().id(), Finding::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("METHOD_NO_DELETE", "default.counter()->Counter.increment"),
                        org.assertj.core.groups.Tuple.tuple("METHOD_ADDED", "default.counter()->Counter.reset"));
    }
}
