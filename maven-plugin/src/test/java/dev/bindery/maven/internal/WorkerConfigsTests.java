package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.contract.ContractException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerConfigsTests {

    @TempDir
    Path project;

    @Test
    void finds_every_wrangler_config_sorted_by_path() throws IOException {
        touch("workers/shop/wrangler.toml");
        touch("workers/billing/wrangler.jsonc");
        touch("admin/wrangler.json");
        touch("workers/billing/package.json");

        List<Path> found = WorkerConfigs.find(project, List.of());

        assertThat(found).extracting(p -> WorkerConfigs.display(project, p))
                .containsExactly("admin/wrangler.json", "workers/billing/wrangler.jsonc", "workers/shop/wrangler.toml");
    }

    @Test
    void skips_node_modules_target_and_baseline_copies() throws IOException {
        touch("billing/wrangler.jsonc");
        touch("billing/node_modules/some-lib/wrangler.toml");
        touch("target/bindery/baseline/billing/wrangler.jsonc");
        touch(".git/wrangler.toml");

        assertThat(WorkerConfigs.find(project, List.of())).extracting(p -> WorkerConfigs.display(project, p))
                .containsExactly("billing/wrangler.jsonc");
    }

    @Test
    void configured_configs_keep_their_order_and_resolve_against_the_project() throws IOException {
        touch("b/wrangler.toml");
        touch("a/wrangler.toml");

        List<Path> found = WorkerConfigs.find(project, List.of(Path.of("b/wrangler.toml"), Path.of("a/wrangler.toml")));

        assertThat(found).containsExactly(project.resolve("b/wrangler.toml"), project.resolve("a/wrangler.toml"));
    }

    @Test
    void a_missing_configured_config_is_an_error_naming_it() {
        assertThatThrownBy(() -> WorkerConfigs.find(project, List.of(Path.of("nope/wrangler.toml"))))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith(project.resolve("nope/wrangler.toml") + ": configured wrangler config does not exist.");
    }

    @Test
    void an_empty_project_has_no_workers() {
        assertThat(WorkerConfigs.find(project, null)).isEmpty();
    }

    private void touch(String relative) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }
}
