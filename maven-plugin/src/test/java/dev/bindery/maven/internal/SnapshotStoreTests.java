package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.ContractException;
import dev.bindery.contract.Surface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTests {

    @TempDir
    Path project;

    private final ContractChecker checker = ContractChecker.create();

    private Worker billing() {
        Path config = Fixtures.copy("billing-v1", project.resolve("billing")).resolve("wrangler.jsonc");
        return new Worker(config, checker.extract(config));
    }

    @Test
    void default_snapshot_sits_next_to_the_config() {
        Worker worker = billing();

        assertThat(new SnapshotStore(project, null).pathFor(worker))
                .isEqualTo(project.resolve("billing/.bindery/contract.json"));
    }

    @Test
    void a_snapshot_directory_holds_one_file_per_worker_name() {
        Worker worker = billing();

        assertThat(new SnapshotStore(project, project.resolve("contracts")).pathFor(worker))
                .isEqualTo(project.resolve("contracts/worker_b.json"));
    }

    @Test
    void writes_what_it_reads_back_and_reports_an_unchanged_snapshot() {
        Worker worker = billing();
        SnapshotStore store = new SnapshotStore(project, null);

        assertThat(store.write(worker)).isTrue();
        assertThat(store.write(worker)).isFalse();
        assertThat(store.find(worker)).contains(worker.surface());
    }

    @Test
    void a_missing_snapshot_is_no_baseline_with_a_notice_saying_how_to_create_it() {
        Worker worker = billing();
        SnapshotStore store = new SnapshotStore(project, null);

        assertThat(store.find(worker)).isEmpty();
        assertThat(store.missingNotice(worker)).isEqualTo("No baseline for worker 'worker_b': "
                + "billing/.bindery/contract.json does not exist, so its changes are not checked (first deploy). "
                + "Create it with 'mvn worker:contract' and commit it.");
    }

    @Test
    void a_corrupt_snapshot_is_an_error_naming_the_file() throws IOException {
        Worker worker = billing();
        Path file = project.resolve("billing/.bindery/contract.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ \"formatVersion\": 1, \"worker\": ");

        assertThatThrownBy(() -> new SnapshotStore(project, null).find(worker))
                .isInstanceOf(ContractException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void a_snapshot_of_another_worker_is_an_error() {
        Worker worker = billing();
        SnapshotStore store = new SnapshotStore(project, null);
        store.write(worker);
        Surface other = new Surface(Surface.FORMAT_VERSION, "renamed", null, worker.surface().entrypoints(),
                worker.surface().targets());

        assertThatThrownBy(() -> store.find(new Worker(worker.config(), other)))
                .isInstanceOf(ContractException.class)
                .hasMessageEndingWith("snapshot holds [worker_b], not worker 'renamed'. If the worker was renamed, "
                        + "re-create the snapshot with mvn worker:contract.");
    }
}
