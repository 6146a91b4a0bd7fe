package dev.bindery.runtime;

import static dev.bindery.runtime.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerConfigTests {

  @Test
  void loads_jsonc_with_comments_and_trailing_commas() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.configFile()).isEqualTo(file.toAbsolutePath().normalize());
    assertThat(config.name()).isEqualTo("billing");
    assertThat(config.main()).isEqualTo(file.getParent().resolve("src/index.js"));
    assertThat(config.compatibilityDate()).isEqualTo("2024-09-23");
    assertThat(config.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(config.envName()).isEmpty();
  }

  @Test
  void keeps_string_vars_as_strings_and_json_vars_as_plain_java_values_in_order() {
    WorkerConfig config = WorkerConfig.load(fixture("jsonc/wrangler.jsonc"));

    assertThat(config.vars()).containsOnlyKeys("API_URL", "LIMITS", "RETRIES");
    assertThat(config.vars().keySet()).containsExactly("API_URL", "LIMITS", "RETRIES");
    assertThat(config.vars().get("API_URL")).isEqualTo("https://api.example.com");
    assertThat(config.vars().get("RETRIES")).isEqualTo(3L);
    @SuppressWarnings("unchecked")
    Map<String, Object> limits = (Map<String, Object>) config.vars().get("LIMITS");
    assertThat(limits.keySet()).containsExactly("max", "ratio", "tags", "strict", "none");
    assertThat(limits).containsExactly(entry("max", 10L), entry("ratio", 0.5),
        entry("tags", List.of("a", "b")), entry("strict", true), entry("none", null));
  }

  @Test
  void reads_service_bindings_with_entrypoint_props_and_location() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.services()).hasSize(2);
    ServiceBinding auth = config.services().get(0);
    assertThat(auth.binding()).isEqualTo("AUTH");
    assertThat(auth.service()).isEqualTo("auth-worker");
    assertThat(auth.entrypoint()).isEmpty();
    assertThat(auth.props()).isEmpty();
    assertThat(auth.location()).isEqualTo(new SourceLocation(file, 15, 5));
    ServiceBinding admin = config.services().get(1);
    assertThat(admin.entrypoint()).contains("AdminApi");
    assertThat(admin.props()).containsExactly(entry("tenant", "acme"), entry("level", 2L));
    assertThat(admin.location()).isEqualTo(new SourceLocation(file, 16, 5));
  }

  @Test
  void accepts_smart_placement_with_a_notice() {
    WorkerConfig config = WorkerConfig.load(fixture("jsonc/wrangler.jsonc"));

    assertThat(config.placementMode()).contains("smart");
    assertThat(config.notices()).contains("placement.mode \"smart\" is accepted; Smart Placement "
        + "has no effect when running locally");
  }

  @Test
  void reports_unsupported_bindings_with_their_names() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.unsupportedBindings()).containsExactly(
        new UnsupportedBinding("kv_namespaces", List.of("CACHE", "SESSIONS"),
            new SourceLocation(file, 24, 3)),
        new UnsupportedBinding("ai", List.of("AI"), new SourceLocation(file, 25, 3)));
    assertThat(config.unsupportedBindings().get(1).describe())
        .isEqualTo("ai (binding AI) is not supported by Bindery yet");
  }

  @Test
  void gives_a_notice_for_keys_ignored_when_running_locally() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.notices()).containsExactly(
        "\"account_id\" at " + file + ":26:3 is ignored: it has no effect when running locally",
        "placement.mode \"smart\" is accepted; Smart Placement has no effect when running "
            + "locally");
  }

  @Test
  void tells_where_each_key_is_declared() {
    Path file = fixture("jsonc/wrangler.jsonc");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.locationOf("main")).isEqualTo(new SourceLocation(file, 5, 3));
    assertThat(config.locationOf("vars.LIMITS.max")).isEqualTo(new SourceLocation(file, 11, 17));
    assertThat(config.locationOf("services[1].entrypoint"))
        .isEqualTo(new SourceLocation(file, 19, 7));
    assertThat(config.locationOf("vars.NOT_DECLARED")).isEqualTo(new SourceLocation(file, 9, 3));
    assertThat(config.locationOf("nothing")).isEqualTo(new SourceLocation(file, 1, 1));
  }

  @Test
  void loads_plain_json_and_normalizes_main() {
    Path file = fixture("json/wrangler.json");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.name()).isEqualTo("orders");
    assertThat(config.main()).isEqualTo(file.getParent().resolve("src/index.js"));
    assertThat(config.compatibilityDate()).isNull();
    assertThat(config.compatibilityFlags()).isEmpty();
    assertThat(config.vars()).containsExactly(entry("GREETING", "hello"));
    assertThat(config.services()).extracting(ServiceBinding::binding, ServiceBinding::service)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("BILLING", "billing"));
    assertThat(config.placementMode()).isEmpty();
    assertThat(config.unsupportedBindings()).isEmpty();
    assertThat(config.notices()).isEmpty();
  }

  @Test
  void loads_toml_with_inline_service_bindings() {
    Path file = fixture("toml-inline/wrangler.toml");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.name()).isEqualTo("orders");
    assertThat(config.main()).isEqualTo(file.getParent().resolve("src/index.js"));
    assertThat(config.compatibilityDate()).isEqualTo("2024-09-23");
    assertThat(config.compatibilityFlags()).containsExactly("nodejs_compat");
    assertThat(config.services()).containsExactly(
        new ServiceBinding("BILLING", "billing", Optional.empty(), Map.of(),
            new SourceLocation(file, 7, 3)),
        new ServiceBinding("ADMIN", "billing", Optional.of("AdminApi"), Map.of("tenant", "acme"),
            new SourceLocation(file, 8, 3)));
    assertThat(config.placementMode()).contains("smart");
  }

  @Test
  void loads_toml_vars_table_with_json_values() {
    WorkerConfig config = WorkerConfig.load(fixture("toml-inline/wrangler.toml"));

    assertThat(config.vars()).containsExactly(entry("GREETING", "hello"), entry("CONFIG",
        Map.of("retries", 3L, "ratio", 1.5, "enabled", true, "hosts", List.of("a", "b"))));
  }

  @Test
  void reports_toml_unsupported_bindings_and_ignored_keys_with_key_lines() {
    Path file = fixture("toml-inline/wrangler.toml");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.unsupportedBindings()).containsExactly(new UnsupportedBinding(
        "d1_databases", List.of("DB"), new SourceLocation(file, 17, 3)));
    assertThat(config.notices()).contains(
        "\"workers_dev\" at " + file + ":10:1 is ignored: it has no effect when running locally");
  }

  @Test
  void loads_toml_array_of_tables_services() {
    Path file = fixture("toml-tables/wrangler.toml");

    WorkerConfig config = WorkerConfig.load(file);

    assertThat(config.services()).containsExactly(
        new ServiceBinding("ORDERS", "orders", Optional.empty(), Map.of(),
            new SourceLocation(file, 4, 3)),
        new ServiceBinding("BILLING", "billing", Optional.of("BillingApi"),
            Map.of("region", "eu"), new SourceLocation(file, 8, 3)));
    assertThat(config.locationOf("services[1].entrypoint")).isEqualTo(new SourceLocation(file, 11, 1));
    assertThat(config.locationOf("services[1].props.region"))
        .isEqualTo(new SourceLocation(file, 14, 1));
    assertThat(config.placementMode()).contains("off");
    assertThat(config.notices()).isEmpty();
  }
}
