package dev.bindery.maven;

import dev.bindery.contract.AcceptedChanges;
import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.ContractException;
import dev.bindery.maven.internal.ArtifactBaseline;
import dev.bindery.maven.internal.BaselineSource;
import dev.bindery.maven.internal.BaselineSpec;
import dev.bindery.maven.internal.GitBaseline;
import dev.bindery.maven.internal.SnapshotStore;
import dev.bindery.maven.internal.WorkerConfigs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Parameters every project goal shares: which workers, where their snapshots live, which baseline. */
abstract class AbstractWorkerMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /**
     * The workers' wrangler configs, relative to the project directory. Default: every
     * {@code wrangler.jsonc}, {@code wrangler.json} and {@code wrangler.toml} under the project, skipping
     * {@code node_modules} and {@code target}.
     */
    @Parameter(property = "worker.configs")
    List<File> configs;

    /**
     * Directory of snapshot files named {@code <worker name>.json}. Default: {@code .bindery/contract.json}
     * next to each worker's wrangler config.
     */
    @Parameter(property = "worker.snapshotDirectory")
    File snapshotDirectory;

    /** The baseline: {@code snapshot}, {@code git:<ref>} or {@code artifact[:<groupId>:<artifactId>[:<version>]]}. */
    @Parameter(property = "worker.against", defaultValue = "snapshot")
    String against;

    /** Changes accepted on purpose, each with a justification; used when the file exists. */
    @Parameter(property = "worker.acceptedChanges", defaultValue = "${project.basedir}/.bindery/accepted-changes.json")
    File acceptedChanges;

    /** Rule ids to switch off. */
    @Parameter(property = "worker.disabledRules")
    List<String> disabledRules;

    /** Where reports and baseline copies go. */
    @Parameter(property = "worker.outputDirectory", defaultValue = "${project.build.directory}/bindery")
    File outputDirectory;

    /** Skips the goal. */
    @Parameter(property = "worker.skip", defaultValue = "false")
    boolean skip;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    @Parameter(defaultValue = "${project.remoteProjectRepositories}", readonly = true)
    List<RemoteRepository> remoteRepositories;

    Path basedir() {
        return project.getBasedir().toPath();
    }

    /** The project's wrangler configs, as configured or found. */
    List<Path> workerConfigs() {
        List<Path> listed = configs == null ? List.of() : configs.stream().map(File::toPath).toList();
        return WorkerConfigs.find(basedir(), listed);
    }

    SnapshotStore snapshots() {
        return new SnapshotStore(basedir(), snapshotDirectory == null ? null : snapshotDirectory.toPath());
    }

    ContractChecker checker() {
        ContractChecker.Builder builder = ContractChecker.builder();
        if (disabledRules != null) {
            builder.disableRules(disabledRules.stream().flatMap(r -> List.of(r.split(",")).stream())
                    .filter(r -> !r.isBlank()).toList());
        }
        if (acceptedChanges != null && Files.isRegularFile(acceptedChanges.toPath())) {
            builder.acceptedChanges(AcceptedChanges.load(acceptedChanges.toPath()));
        }
        return builder.build();
    }

    BaselineSource baseline(ContractChecker checker) {
        BaselineSpec spec = BaselineSpec.parse(against);
        return switch (spec.kind()) {
            case SNAPSHOT -> snapshots();
            case GIT -> new GitBaseline(basedir(), spec.value(), outputDirectory.toPath().resolve("baseline"),
                    checker::extract);
            case ARTIFACT -> artifactBaseline(spec.value());
        };
    }

    private BaselineSource artifactBaseline(String coordinates) {
        String[] parts = coordinates.isEmpty()
                ? new String[] {project.getGroupId(), project.getArtifactId()} : coordinates.split(":");
        String version = parts.length > 2 ? parts[2] : "RELEASE";
        DefaultArtifact artifact = new DefaultArtifact(parts[0], parts[1], ArtifactBaseline.CLASSIFIER,
                ArtifactBaseline.TYPE, version);
        return new ArtifactBaseline(parts[0] + ":" + parts[1] + ":" + version, () -> {
            try {
                return repositorySystem.resolveArtifact(repositorySession,
                        new ArtifactRequest(artifact, remoteRepositories, null)).getArtifact().getFile().toPath();
            } catch (ArtifactResolutionException e) {
                throw new ContractException(null, "Baseline artifact " + artifact + " cannot be resolved: " + e.getMessage()
                        + ". Publish it with worker:contract in the release build, or use -Dworker.against=snapshot.", e);
            }
        });
    }
}
