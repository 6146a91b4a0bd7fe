package dev.bindery.runtime;

import static dev.bindery.runtime.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkerConfigErrorTests {

  private static ConfigException loadFailure(Path file) {
    return catchThrowableOfType(ConfigException.class, () -> WorkerConfig.load(file));
  }

  private static ConfigException loadFailure(String fixture) {
    return loadFailure(fixture("errors/" + fixture));
  }

  @Test
  void reports_malformed_json_with_line_column_and_a_short_reason() {
    Path file = fixture("errors/malformed.jsonc");

    ConfigException failure = loadFailure(file);

    assertThat(failure).hasMessage("Malformed JSON in " + file + ":4:3: Unexpected character "
        + "('\"' (code 34)): was expecting comma to separate Object entries. Fix the syntax; "
        + "comments (// and /* */) and trailing commas are allowed.");
    assertThat(failure.file()).isEqualTo(file);
    assertThat(failure.line()).isEqualTo(4);
    assertThat(failure.column()).isEqualTo(3);
  }

  @Test
  void reports_an_empty_json_file() {
    Path file = fixture("errors/empty.json");

    assertThat(loadFailure(file)).hasMessage("Config file " + file + " is empty. Expected a JSON "
        + "object, e.g. { \"name\": \"my-worker\", \"main\": \"src/index.js\" }");
  }

  @Test
  void reports_malformed_toml_with_the_parser_position() {
    Path file = fixture("errors/malformed.toml");

    ConfigException failure = loadFailure(file);

    assertThat(failure).hasMessage("Malformed TOML in " + file + ":2:21: Newline not permitted "
        + "here. Fix the syntax; see https://toml.io for the accepted forms.");
    assertThat(failure.location()).isEqualTo(new SourceLocation(file, 2, 21));
  }

  @Test
  void reports_unknown_key_with_suggestion_and_location() {
    Path file = fixture("errors/unknown-key.jsonc");

    ConfigException failure = loadFailure(file);

    assertThat(failure).hasMessageStartingWith("Unknown key \"servicess\" in " + file + ":4:3. "
        + "Did you mean \"services\"? Accepted keys: name, main, compatibility_date, "
        + "compatibility_flags, vars, services, placement, env; also recognised and reported as "
        + "not supported by Bindery: kv_namespaces, d1_databases,");
    assertThat(failure.getMessage()).contains("; also recognised and ignored when running "
        + "locally: account_id, workers_dev, routes,");
    assertThat(failure.location()).isEqualTo(new SourceLocation(file, 4, 3));
  }

  @Test
  void reports_unknown_toml_key_at_its_line() {
    Path file = fixture("errors/unknown-key.toml");

    assertThat(loadFailure(file)).hasMessageStartingWith("Unknown key \"compatability_date\" in "
        + file + ":3:1. Did you mean \"compatibility_date\"? Accepted keys: name, main,");
  }

  @Test
  void reports_missing_main_with_an_example() {
    Path file = fixture("errors/missing-main.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"main\" is missing in " + file + ":1:1: set it "
        + "to the worker's entry module, e.g. \"main\": \"src/index.js\"");
  }

  @Test
  void reports_main_file_not_found_with_resolved_path_and_declaration() {
    Path file = fixture("errors/main-not-found.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"main\" at " + file + ":3:3 points to "
        + file.getParent().resolve("src/missing.js") + ", which does not exist. Check the path; "
        + "it is resolved against the config file's folder " + file.getParent() + ".");
  }

  @Test
  void reports_missing_name_with_a_toml_example() {
    Path file = fixture("errors/missing-name.toml");

    assertThat(loadFailure(file)).hasMessage("\"name\" is missing in " + file + ":1:1: set it "
        + "to the worker's name, e.g. name = \"my-worker\"");
  }

  @Test
  void reports_a_name_that_is_not_a_string() {
    Path file = fixture("errors/name-not-string.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"name\" at " + file + ":2:3 must be a string, but "
        + "is a number. Accepted: a string, e.g. \"name\": \"my-worker\".");
  }

  @Test
  void reports_compatibility_flags_element_of_wrong_type() {
    Path file = fixture("errors/flags-not-strings.jsonc");

    ConfigException failure = loadFailure(file);

    assertThat(failure).hasMessage("\"compatibility_flags[1]\" at " + file + ":4:44 must be a "
        + "string, but is a number. Accepted: an array of strings, e.g. [\"nodejs_compat\"].");
    assertThat(failure.location()).isEqualTo(new SourceLocation(file, 4, 44));
  }

  @Test
  void reports_compatibility_flags_that_are_not_an_array() {
    Path file = fixture("errors/flags-not-array.toml");

    assertThat(loadFailure(file)).hasMessage("\"compatibility_flags\" at " + file + ":3:1 must "
        + "be an array of strings, but is a string. Accepted: an array of strings, e.g. "
        + "[\"nodejs_compat\"].");
  }

  @Test
  void reports_services_that_are_not_an_array() {
    Path file = fixture("errors/services-not-array.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"services\" at " + file + ":4:3 must be an array "
        + "of objects, but is an object. Accepted: an array of objects, e.g. "
        + "[{ \"binding\": \"AUTH\", \"service\": \"auth-worker\" }].");
  }

  @Test
  void reports_a_service_entry_missing_its_service() {
    Path file = fixture("errors/service-missing-service.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"services[1]\" at " + file + ":6:5 is missing "
        + "\"service\" (the name of the worker to bind). Each service binding needs \"binding\" "
        + "and \"service\", e.g. { \"binding\": \"AUTH\", \"service\": \"auth-worker\" }.");
  }

  @Test
  void reports_an_unknown_key_in_a_service_entry() {
    Path file = fixture("errors/service-unknown-key.toml");

    assertThat(loadFailure(file)).hasMessage("Unknown key \"entry_point\" (services[0]"
        + ".entry_point) in " + file + ":7:1. Did you mean \"entrypoint\"? Accepted keys in "
        + "services[0]: binding, service, entrypoint, props.");
  }

  @Test
  void reports_props_that_are_not_an_object() {
    Path file = fixture("errors/service-bad-props.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"services[0].props\" at " + file + ":4:56 must be "
        + "an object, but is a string. Accepted: an object, e.g. \"props\": "
        + "{ \"tenant\": \"acme\" }.");
  }

  @Test
  void reports_a_binding_name_used_by_a_var_and_a_service() {
    Path file = fixture("errors/duplicate-binding.jsonc");

    assertThat(loadFailure(file)).hasMessage("Binding name \"AUTH\" is declared twice: as a var "
        + "at " + file + ":4:13 and as a service binding at " + file + ":5:18. Names must be "
        + "unique across vars and services; rename one of them.");
  }

  @Test
  void reports_a_duplicate_json_key() {
    Path file = fixture("errors/duplicate-key.jsonc");

    assertThat(loadFailure(file)).hasMessage("Duplicate key \"name\" at " + file + ":4:3 (first "
        + "declared at " + file + ":2:3). Keep only one of them.");
  }

  @Test
  void reports_an_invalid_compatibility_date() {
    Path file = fixture("errors/bad-date.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"compatibility_date\" at " + file + ":4:3 is "
        + "\"2024-13-01\", which is not a valid date. Accepted: a date in the form YYYY-MM-DD, "
        + "e.g. \"compatibility_date\": \"2024-09-23\".");
  }

  @Test
  void reports_a_compatibility_date_in_the_wrong_format() {
    Path file = fixture("errors/bad-date-format.toml");

    assertThat(loadFailure(file)).hasMessage("\"compatibility_date\" at " + file + ":3:1 is "
        + "\"23/09/2024\", which is not a valid date. Accepted: a date in the form YYYY-MM-DD, "
        + "e.g. compatibility_date = \"2024-09-23\".");
  }

  @Test
  void reports_an_unknown_placement_mode() {
    Path file = fixture("errors/bad-placement.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"placement.mode\" at " + file + ":4:18 is "
        + "\"fast\". Accepted: \"smart\" or \"off\", e.g. \"placement\": { \"mode\": \"smart\" }.");
  }

  @Test
  void reports_an_unknown_extension_listing_accepted_names() {
    Path file = fixture("errors/wrangler.yaml");

    assertThat(loadFailure(file)).hasMessage("Unsupported config file name \"wrangler.yaml\" ("
        + file + "). Accepted: wrangler.jsonc, wrangler.json or wrangler.toml (any name ending "
        + "in .jsonc, .json or .toml).");
  }

  @Test
  void reports_a_missing_file_with_a_hint() {
    Path file = fixture("errors").resolve("absent/wrangler.jsonc");

    ConfigException failure = loadFailure(file);

    assertThat(failure).hasMessage("Config file not found: " + file + ". Check the path; "
        + "relative paths resolve against the current directory "
        + Path.of("").toAbsolutePath() + ".");
    assertThat(failure.line()).isZero();
    assertThat(failure.column()).isZero();
  }

  @Test
  void reports_a_directory_given_instead_of_a_file() {
    Path folder = fixture("jsonc");

    assertThat(loadFailure(folder)).hasMessage("Config file " + folder + " is a directory. Pass "
        + "the config file itself, e.g. " + folder.resolve("wrangler.jsonc") + ".");
  }

  @Test
  void reports_vars_that_are_not_a_table() {
    Path file = fixture("errors/vars-not-table.toml");

    assertThat(loadFailure(file)).hasMessage("\"vars\" at " + file + ":3:1 must be an object of "
        + "names to values, but is a string. Accepted: an object of names to values, e.g. "
        + "{ API_URL = \"https://example.com\" }.");
  }

  @Test
  void reports_an_env_section_that_is_not_an_object() {
    Path file = fixture("errors/env-not-object.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"env.staging\" at " + file + ":4:12 must be an "
        + "object (an environment section), but is an array. Accepted: an object (an environment "
        + "section), e.g. { \"vars\": { \"MODE\": \"staging\" } }.");
  }

  @Test
  void reports_main_pointing_at_a_directory() {
    Path file = fixture("errors/main-is-directory.jsonc");

    assertThat(loadFailure(file)).hasMessage("\"main\" at " + file + ":3:3 points to "
        + file.getParent().resolve("src") + ", which is a directory, not a file. Check the path; "
        + "it is resolved against the config file's folder " + file.getParent() + ".");
  }

  @Test
  void reports_main_that_is_not_a_string() {
    Path file = fixture("errors/main-not-string.toml");

    assertThat(loadFailure(file)).hasMessage("\"main\" at " + file + ":2:1 must be a string (a "
        + "path to the entry module), but is an array. Accepted: a string (a path to the entry "
        + "module), e.g. main = \"src/index.js\".");
  }

  @Test
  void reports_two_service_bindings_with_the_same_name() {
    Path file = fixture("errors/duplicate-service.toml");

    assertThat(loadFailure(file)).hasMessage("Binding name \"AUTH\" is declared twice: as a "
        + "service binding at " + file + ":4:5 and as a service binding at " + file + ":5:5. "
        + "Names must be unique across vars and services; rename one of them.");
  }

  @Test
  void reports_an_unknown_placement_key_with_suggestion() {
    Path file = fixture("errors/placement-unknown-key.jsonc");

    assertThat(loadFailure(file)).hasMessage("Unknown key \"mod\" (placement.mod) in " + file
        + ":4:18. Did you mean \"mode\"? Accepted keys in placement: mode, hint, region, host, "
        + "hostname.");
  }

  @Test
  void reports_truncated_json_without_jackson_source_noise() {
    Path file = fixture("errors/truncated.jsonc");

    assertThat(loadFailure(file)).hasMessage("Malformed JSON in " + file + ":4:1: Unexpected "
        + "end-of-input: expected close marker for Object (start marker at line 3, column 11). "
        + "Fix the syntax; comments (// and /* */) and trailing commas are allowed.");
  }
}
