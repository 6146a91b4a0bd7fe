package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SurfaceExtractionTests {

    private final ContractChecker checker = ContractChecker.create();

    @Test
    void typescript_worker_surface_matches_the_committed_snapshot() throws IOException {
        Surface surface = checker.extract(Fixtures.path("extract/ts-worker/wrangler.jsonc"));

        assertThat(SurfaceJson.write(surface))
                .isEqualTo(Files.readString(Fixtures.path("extract/ts-worker/expected-surface.json")));
    }

    @Test
    void javascript_object_worker_surface_matches_the_committed_snapshot() throws IOException {
        Surface surface = checker.extract(Fixtures.path("extract/js-object-worker/wrangler.toml"));

        assertThat(SurfaceJson.write(surface))
                .isEqualTo(Files.readString(Fixtures.path("extract/js-object-worker/expected-surface.json")));
    }

    @Test
    void dispatched_members_include_inherited_getters_and_prototype_values_but_not_hidden_ones() {
        Surface surface = checker.extract(Fixtures.path("extract/ts-worker/wrangler.jsonc"));
        Entrypoint def = surface.entrypoint("default").orElseThrow();

        assertThat(def.members()).extracting(Member::name)
                .containsExactly("counter", "getDoc", "kind", "legacyGet", "ping", "search", "version");
        assertThat(def.hidden()).extracting(HiddenMember::name, HiddenMember::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#secret", Exposure.PRIVATE),
                org.assertj.core.groups.Tuple.tuple("create", Exposure.STATIC),
                org.assertj.core.groups.Tuple.tuple("fetch", Exposure.RESERVED),
                org.assertj.core.groups.Tuple.tuple("helper", Exposure.INSTANCE_FIELD));
        assertThat(def.member("ping").location()).hasToString("src/base.ts:5:3");
        assertThat(def.member("legacyGet").deprecated()).isTrue();
        assertThat(def.member("counter").returnMode()).isEqualTo(ReturnMode.RPC_TARGET);
    }

    @Test
    void named_entrypoints_are_found_through_aliases_and_re_exports() {
        Surface surface = checker.extract(Fixtures.path("extract/ts-worker/wrangler.jsonc"));

        assertThat(surface.entrypoints()).extracting(Entrypoint::name).containsExactly("default", "Admin", "Operators");
        assertThat(surface.targets()).extracting(TargetClass::name).containsExactly("Counter");
    }

    @Test
    void snapshot_round_trips_through_json() {
        Surface surface = checker.extract(Fixtures.path("extract/ts-worker/wrangler.jsonc"));

        assertThat(SurfaceJson.read(SurfaceJson.write(surface), "snap.json")).containsExactly(surface);
    }

    @Test
    void a_source_that_does_not_parse_names_file_line_and_column() {
        assertThatThrownBy(() -> checker.extract(Fixtures.path("errors/syntax/wrangler.jsonc")))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("index.js:4:")
                .hasMessageContaining("does not parse");
    }

    @Test
    void a_config_without_main_says_how_to_fix_it() {
        Path config = Fixtures.path("errors/no-main/wrangler.jsonc");

        assertThatThrownBy(() -> checker.extract(config))
                .hasMessage(config + ": wrangler config has no \"main\"; set it to the worker's entry module, e.g. \"src/index.ts\".");
    }

    @Test
    void a_missing_config_is_reported_with_its_path() {
        Path config = Path.of("does/not/exist/wrangler.jsonc");

        assertThatThrownBy(() -> checker.extract(config))
                .hasMessage("does/not/exist/wrangler.jsonc: wrangler config not found. Pass the path of an existing wrangler.jsonc, wrangler.json or wrangler.toml.");
    }

    @Test
    void a_config_that_does_not_parse_names_the_line() {
        Path config = Fixtures.path("errors/bad-json/wrangler.jsonc");

        assertThatThrownBy(() -> checker.extract(config))
                .hasMessageStartingWith(config + ":4:")
                .hasMessageContaining("wrangler config does not parse");
    }

    @Test
    void an_unresolvable_relative_import_names_the_importing_line() {
        assertThatThrownBy(() -> checker.extract(Fixtures.path("errors/missing-import/wrangler.jsonc")))
                .hasMessageStartingWith("index.js:1:")
                .hasMessageContaining("cannot resolve import './api'");
    }
}
