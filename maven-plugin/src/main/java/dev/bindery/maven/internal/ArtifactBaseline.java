package dev.bindery.maven.internal;

import dev.bindery.contract.Surface;
import dev.bindery.contract.SurfaceJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The contract attached to a released Maven artifact ({@code worker:contract} attaches it with classifier
 * {@value #CLASSIFIER} and type {@value #TYPE}): one bundle holding every worker of the project.
 */
public final class ArtifactBaseline implements BaselineSource {

    /** Classifier of the attached contract. */
    public static final String CLASSIFIER = "bindery-contract";
    /** Type (extension) of the attached contract. */
    public static final String TYPE = "json";

    private final String coordinates;
    private final Supplier<Path> resolver;
    private List<Surface> surfaces;

    /**
     * @param coordinates {@code groupId:artifactId:version} as resolved, for messages
     * @param resolver    downloads the contract file; throws when it cannot
     */
    public ArtifactBaseline(String coordinates, Supplier<Path> resolver) {
        this.coordinates = coordinates;
        this.resolver = resolver;
    }

    @Override
    public Optional<Surface> find(Worker worker) {
        if (surfaces == null) {
            surfaces = SurfaceJson.read(resolver.get());
        }
        return surfaces.stream().filter(s -> s.worker().equals(worker.name())).findFirst();
    }

    @Override
    public String missingNotice(Worker worker) {
        return "No baseline for worker '" + worker.name() + "': the contract attached to " + coordinates
                + " has no surface for it, so its changes are not checked (first release with it).";
    }

    @Override
    public String describe() {
        return "artifact:" + coordinates;
    }
}
