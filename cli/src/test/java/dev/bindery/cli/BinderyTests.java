package dev.bindery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinderyTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Bindery.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fetch_starts_the_seed_pair_and_prints_the_answer() {
    int code = run("fetch", "-c", "../runtime/src/test/resources/seed/js/a/wrangler.jsonc",
        "-c", "../runtime/src/test/resources/seed/js/b/wrangler.jsonc", "/");

    assertThat(code).isZero();
    assertThat(out()).contains("worker_a: env.WORKER_B (worker_b) [connected]", "GET / -> 200", "3");
  }

  @Test
  void dev_without_configs_says_how_to_name_them() {
    assertThat(run("dev")).isEqualTo(2);
    assertThat(err()).contains("bindery dev: no config given. Name each worker's wrangler config with -c, the served "
        + "one first: bindery dev -c a/wrangler.jsonc -c b/wrangler.jsonc");
  }

  @Test
  void a_wrong_config_path_is_named_with_a_hint() {
    assertThat(run("fetch", "-c", "nowhere/wrangler.jsonc", "/")).isEqualTo(1);
    assertThat(err()).contains("bindery fetch: ").contains("nowhere/wrangler.jsonc");
  }

  @Test
  void an_unknown_fetch_option_is_refused_rather_than_taken_for_the_method() {
    assertThat(run("fetch", "-c", "../runtime/src/test/resources/seed/js/a/wrangler.jsonc", "--limit=off", "/")).isEqualTo(2);
    assertThat(err()).contains("bindery fetch: unknown option --limit=off (options: -c <config>, --env <name>, --quiet, "
        + "--limits=on|off)");
  }

  @Test
  void an_unknown_command_lists_the_commands() {
    assertThat(run("deploy")).isEqualTo(2);
    assertThat(err()).contains("bindery: unknown command \"deploy\".", "Usage: bindery <command> [options]",
        "verify-compat");
  }

  @Test
  void list_rules_goes_to_the_contract_checker() {
    assertThat(run("list-rules")).isZero();
    assertThat(out()).contains("METHOD_NO_DELETE", "BREAKING");
  }
}
