package dev.bindery.runtime;

import static dev.bindery.runtime.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkerConfigEnvTests {

  @Test
  void selects_env_section_and_inherits_main_date_and_placement() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file, "staging");

    assertThat(config.envName()).contains("staging");
    assertThat(config.name()).isEqualTo("billing-staging");
    assertThat(config.main()).isEqualTo(file.getParent().resolve("src/index.js"));
    assertThat(config.compatibilityDate()).isEqualTo("2024-09-23");
    assertThat(config.placementMode()).contains("smart");
    assertThat(config.compatibilityFlags())
        .containsExactly("nodejs_compat", "streams_enable_constructors");
    assertThat(config.locationOf("compatibility_flags")).isEqualTo(new SourceLocation(file, 31, 7));
  }

  @Test
  void takes_vars_and_services_only_from_the_env_section() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file, "staging");

    assertThat(config.vars()).containsExactly(entry("API_URL", "https://staging.example.com"));
    assertThat(config.services()).singleElement().satisfies(service -> {
      assertThat(service.service()).isEqualTo("auth-worker-staging");
      assertThat(service.location()).isEqualTo(new SourceLocation(file, 30, 20));
    });
    assertThat(config.unsupportedBindings()).isEmpty();
  }

  @Test
  void notes_top_level_bindings_that_the_env_does_not_inherit() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file, "dev");

    assertThat(config.vars()).isEmpty();
    assertThat(config.services()).isEmpty();
    assertThat(config.notices()).contains(
        "\"vars\" at " + file + ":9:3 is not inherited by environment \"dev\" (as in wrangler); "
            + "declare it again under \"env.dev.vars\" if the environment needs it",
        "\"services\" at " + file + ":14:3 is not inherited by environment \"dev\" (as in "
            + "wrangler); declare it again under \"env.dev.services\" if the environment needs it",
        "\"kv_namespaces\" at " + file + ":24:3 is not inherited by environment \"dev\" (as in "
            + "wrangler); declare it again under \"env.dev.kv_namespaces\" if the environment "
            + "needs it");
  }

  @Test
  void uses_the_env_name_when_the_section_sets_one_and_its_own_placement() {
    WorkerConfig config = WorkerConfig.load(fixture("jsonc/wrangler.jsonc"), "dev");

    assertThat(config.name()).isEqualTo("billing-local");
    assertThat(config.placementMode()).contains("off");
    assertThat(config.notices()).noneMatch(notice -> notice.startsWith("placement.mode"));
  }

  @Test
  void selects_toml_env_tables() {
    Path file = fixture("toml-inline/wrangler.toml");

    WorkerConfig config = WorkerConfig.load(file, "staging");

    assertThat(config.name()).isEqualTo("orders-staging");
    assertThat(config.compatibilityDate()).isEqualTo("2024-10-01");
    assertThat(config.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(config.vars()).containsExactly(entry("GREETING", "hello staging"));
    assertThat(config.services()).singleElement().satisfies(service -> {
      assertThat(service.service()).isEqualTo("billing-staging");
      assertThat(service.location()).isEqualTo(new SourceLocation(file, 28, 3));
    });
    assertThat(config.notices()).contains("\"d1_databases\" at " + file + ":17:3 is not "
        + "inherited by environment \"staging\" (as in wrangler); declare it again under "
        + "[env.staging.d1_databases] if the environment needs it");
  }

  @Test
  void rejects_an_env_that_is_not_defined_and_lists_the_available_ones() {
    Path file = fixture("jsonc/wrangler.jsonc");

    assertThatThrownBy(() -> WorkerConfig.load(file, "production"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Environment \"production\" is not defined in " + file + ":27:3. "
            + "Available environments: staging, dev.");
  }

  @Test
  void rejects_an_env_when_the_file_has_no_env_section() {
    Path file = fixture("toml-tables/wrangler.toml");

    assertThatThrownBy(() -> WorkerConfig.load(file, "staging"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Environment \"staging\" is not defined in " + file + ":1:1. The file "
            + "defines no environments; add a section [env.staging] or load the top level "
            + "without an environment.");
  }

  @Test
  void validates_keys_of_every_env_section_even_when_none_is_selected() {
    Path file = fixture("errors/env-unknown-key.jsonc");

    assertThatThrownBy(() -> WorkerConfig.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("Unknown key \"varz\" (env.staging.varz) in " + file
            + ":5:18. Did you mean \"vars\"? Accepted keys: name, main, compatibility_date, "
            + "compatibility_flags, vars, services, placement; also recognised");
  }
}
