package dev.bindery.maven;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.Surface;
import dev.bindery.contract.SurfaceJson;
import dev.bindery.maven.internal.ArtifactBaseline;
import dev.bindery.maven.internal.CompatCheck;
import dev.bindery.maven.internal.SnapshotStore;
import dev.bindery.maven.internal.Worker;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes each worker's current surface to its snapshot file (the baseline {@code worker:verify-compat} reads
 * by default), and attaches all of them as one artifact ({@code <artifactId>-<version>-bindery-contract.json})
 * so that a release carries its contract. Run it on purpose ({@code mvn worker:contract}) and commit the
 * snapshots; in a release build that should only attach, set {@code updateSnapshots} to {@code false}.
 */
@Mojo(name = "contract", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ContractMojo extends AbstractWorkerMojo {

    /** Whether to write the snapshot files next to the workers (else only the attached bundle is written). */
    @Parameter(property = "worker.updateSnapshots", defaultValue = "true")
    boolean updateSnapshots;

    /** Whether to attach the bundle of all surfaces to the build. */
    @Parameter(property = "worker.attach", defaultValue = "true")
    boolean attach;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping worker:contract (worker.skip=true).");
            return;
        }
        Path bundle = outputDirectory.toPath().resolve("contract.json");
        List<Worker> workers;
        try {
            workers = new CompatCheck(checker()).extract(workerConfigs());
            if (workers.isEmpty()) {
                getLog().info("No wrangler config under " + basedir() + ": no contract to write.");
                return;
            }
            SnapshotStore store = snapshots();
            for (Worker worker : workers) {
                if (!updateSnapshots) {
                    continue;
                }
                String file = store.display(store.pathFor(worker));
                getLog().info(store.write(worker) ? "Wrote snapshot of worker '" + worker.name() + "' to " + file
                        : "Snapshot of worker '" + worker.name() + "' is up to date: " + file);
            }
            List<Surface> surfaces = workers.stream().map(Worker::surface).toList();
            SurfaceJson.write(surfaces.size() == 1 ? List.of(surfaces.get(0)) : surfaces, bundle);
        } catch (ContractException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (attach) {
            projectHelper.attachArtifact(project, ArtifactBaseline.TYPE, ArtifactBaseline.CLASSIFIER, bundle.toFile());
            getLog().info("Attached the contract of " + workers.size() + " worker(s) as "
                    + project.getArtifactId() + "-" + project.getVersion() + "-" + ArtifactBaseline.CLASSIFIER + "."
                    + ArtifactBaseline.TYPE);
        }
    }
}
