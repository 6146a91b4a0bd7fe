package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCliTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return ContractCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String fixture(String p) {
        return Fixtures.path(p).toString();
    }

    private Path baseline() {
        Path snap = tmp.resolve("baseline.json");
        assertThat(run("contract", fixture("scenario/docs-v1/wrangler.jsonc"), "--out", snap.toString())).isZero();
        return snap;
    }

    @Test
    void help_prints_usage_and_succeeds() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("bindery verify-compat <wrangler config>... --baseline <snapshot-or-dir>");
    }

    @Test
    void contract_prints_the_surface_snapshot() {
        assertThat(run("contract", fixture("extract/ts-worker/wrangler.jsonc"))).isZero();
        assertThat(SurfaceJson.read(out(), "stdout")).extracting(Surface::worker).containsExactly("docs");
    }

    @Test
    void verify_compat_fails_with_exit_100_on_a_breaking_change_a_caller_uses() {
        Path snap = baseline();

        int code = run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                "--callers", fixture("scenario/repo/shop/wrangler.jsonc"));

        assertThat(code).isEqualTo(ContractCli.FINDINGS);
        assertThat(out()).startsWith("deploy docs: 1 breaking, 0 dangerous, 3 safe\n")
                .contains("BREAKING METHOD_NO_DELETE  docs default.search")
                .contains("caller shop: env.DOCS.search() at index.js:6:24")
                .contains("accept: {\"rule\":\"METHOD_NO_DELETE\"");
    }

    @Test
    void verify_compat_writes_sarif_with_rules_from_the_catalog() throws IOException {
        Path snap = baseline();
        Path report = tmp.resolve("out/report.sarif");

        run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                "--format", "sarif", "--out", report.toString());

        JsonNode sarif = new ObjectMapper().readTree(Files.readString(report));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.at("/runs/0/tool/driver/rules")).hasSize(RuleCatalog.all().size());
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("METHOD_NO_DELETE");
        assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }

    @Test
    void every_report_format_renders() {
        Path snap = baseline();
        for (ReportFormat format : ReportFormat.values()) {
            out.reset();
            run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                    "--format", format.cliName());
            assertThat(out()).as(format.name()).contains("METHOD_NO_DELETE");
        }
        assertThat(out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"deploy docs\"");
    }

    @Test
    void github_format_emits_workflow_commands() {
        Path snap = baseline();

        run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                "--format", "github");

        assertThat(out()).contains("::error file=index.ts,line=13,col=9,title=METHOD_NO_DELETE docs default.search::");
    }

    @Test
    void plan_prints_the_deploy_order_and_flags_a_caller_of_a_removed_member() {
        assertThat(run("plan", fixture("scenario/repo/shop/wrangler.jsonc"), fixture("scenario/repo/admin/wrangler.toml"),
                fixture("scenario/repo/docs/wrangler.jsonc"))).isEqualTo(ContractCli.FINDINGS);
        assertThat(out()).startsWith("Rollout plan (deploy in this order):\n1. docs: no changes\n"
                + "2. admin (calls docs): no changes\n3. shop (calls docs): 1 breaking, 0 dangerous, 0 safe\n")
                .contains("env.DOCS.search() uses 'search', which the deployed 'docs' does not have");
    }

    @Test
    void list_rules_prints_every_rule() {
        assertThat(run("list-rules")).isZero();
        assertThat(out().lines()).hasSize(RuleCatalog.all().size());
    }

    @Test
    void a_corrupt_snapshot_is_a_tool_error_and_no_report_is_written() {
        Path report = tmp.resolve("report.json");

        int code = run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline",
                fixture("errors/snapshots/truncated.json"), "--format", "json", "--out", report.toString());

        assertThat(code).isEqualTo(ContractCli.ERROR);
        assertThat(err()).startsWith("error: " + fixture("errors/snapshots/truncated.json") + ":6:")
                .contains("corrupt snapshot, not valid JSON");
        assertThat(report).doesNotExist();
    }

    @Test
    void a_snapshot_with_a_bad_field_names_its_json_path() {
        assertThat(run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline",
                fixture("errors/snapshots/bad-style.json"))).isEqualTo(ContractCli.ERROR);
        assertThat(err()).contains("corrupt snapshot at $.entrypoints[0].style: unknown value 'SHAPE', expected one of [CLASS, OBJECT]");
    }

    @Test
    void an_unknown_rule_id_in_disable_is_a_tool_error() {
        Path snap = baseline();
        assertThat(run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                "--disable", "NO_SUCH_RULE")).isEqualTo(ContractCli.ERROR);
        assertThat(err()).startsWith("error: Unknown rule id 'NO_SUCH_RULE'. Known rule ids: ");
    }

    @Test
    void an_accepted_entry_without_justification_is_rejected() {
        Path snap = baseline();
        String accepted = fixture("errors/snapshots/accepted-empty-justification.json");
        assertThat(run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"), "--baseline", snap.toString(),
                "--accepted", accepted)).isEqualTo(ContractCli.ERROR);
        assertThat(err()).isEqualTo("error: " + accepted
                + ": accepted[0]: \"justification\" must say why the change is acceptable.\n");
    }

    @Test
    void a_source_that_does_not_parse_is_a_tool_error_with_file_and_line() {
        assertThat(run("contract", fixture("errors/syntax/wrangler.jsonc"))).isEqualTo(ContractCli.ERROR);
        assertThat(err()).startsWith("error: index.js:4:");
        assertThat(out()).isEmpty();
    }

    @Test
    void wrong_usage_returns_2_with_the_reason() {
        assertThat(run("verify-compat", fixture("scenario/repo/docs/wrangler.jsonc"))).isEqualTo(ContractCli.USAGE);
        assertThat(err()).startsWith("error: verify-compat needs --baseline <snapshot-or-dir>.\nUsage:");
        err.reset();
        assertThat(run("deploy")).isEqualTo(ContractCli.USAGE);
        assertThat(err()).startsWith("error: unknown command 'deploy'.");
        err.reset();
        assertThat(run("verify-compat", "x", "--format", "xml", "--baseline", "y")).isEqualTo(ContractCli.ERROR);
        assertThat(err()).startsWith("error: Unknown report format 'xml'. Accepted values: text, json, markdown, sarif, github, junit.");
    }
}
