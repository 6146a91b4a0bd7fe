package dev.bindery.maven.internal;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Surface;
import dev.bindery.contract.SurfaceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The committed snapshot files: {@code <config dir>/.bindery/contract.json} next to each worker by default, or
 * {@code <snapshotDirectory>/<worker name>.json} when a snapshot directory is configured. {@code worker:contract}
 * writes exactly the files {@code worker:verify-compat} reads.
 */
public final class SnapshotStore implements BaselineSource {

    /** The snapshot's path under a worker's config directory. */
    public static final String DEFAULT_RELATIVE_PATH = ".bindery/contract.json";

    private final Path projectDirectory;
    private final Path snapshotDirectory;

    /**
     * @param projectDirectory  the project's base directory, for messages
     * @param snapshotDirectory the directory holding {@code <worker>.json} files, or {@code null} for the
     *                          per-worker default
     */
    public SnapshotStore(Path projectDirectory, Path snapshotDirectory) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.snapshotDirectory = snapshotDirectory == null ? null : snapshotDirectory.toAbsolutePath().normalize();
    }

    /** Where this worker's snapshot lives. */
    public Path pathFor(Worker worker) {
        return snapshotDirectory != null ? snapshotDirectory.resolve(worker.name() + ".json")
                : worker.config().toAbsolutePath().normalize().getParent().resolve(DEFAULT_RELATIVE_PATH);
    }

    @Override
    public Optional<Surface> find(Worker worker) {
        Path file = pathFor(worker);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<Surface> surfaces = SurfaceJson.read(file);
        return Optional.of(surfaces.stream().filter(s -> s.worker().equals(worker.name())).findFirst()
                .orElseThrow(() -> new ContractException(SourceLocation.ofFile(file.toString()),
                        "snapshot holds " + surfaces.stream().map(Surface::worker).toList() + ", not worker '"
                                + worker.name() + "'. If the worker was renamed, re-create the snapshot with "
                                + "mvn worker:contract.")));
    }

    /** Writes the worker's current surface; returns {@code false} when the file already held exactly that. */
    public boolean write(Worker worker) {
        Path file = pathFor(worker);
        String json = SurfaceJson.write(worker.surface());
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(json)) {
                return false;
            }
        } catch (IOException e) {
            throw new ContractException(SourceLocation.ofFile(file.toString()), "cannot read snapshot: "
                    + e.getMessage(), e);
        }
        SurfaceJson.write(List.of(worker.surface()), file);
        return true;
    }

    @Override
    public String missingNotice(Worker worker) {
        return "No baseline for worker '" + worker.name() + "': " + display(pathFor(worker))
                + " does not exist, so its changes are not checked (first deploy). Create it with "
                + "'mvn worker:contract' and commit it.";
    }

    @Override
    public String describe() {
        return "snapshot";
    }

    /** The path relative to the project directory where possible. */
    public String display(Path file) {
        return WorkerConfigs.display(projectDirectory, file);
    }
}
