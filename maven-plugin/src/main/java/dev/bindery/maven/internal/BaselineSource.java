package dev.bindery.maven.internal;

import dev.bindery.contract.Surface;
import java.util.Optional;

/** Where the deployed surface of each worker comes from. */
public interface BaselineSource {

    /**
     * The worker's baseline surface, empty when it has none yet (a first deploy).
     *
     * @throws dev.bindery.contract.ContractException when a baseline exists but cannot be read
     */
    Optional<Surface> find(Worker worker);

    /** A notice for a worker without baseline: where it was looked for and how to create it. */
    String missingNotice(Worker worker);

    /** What this baseline is, for the log: {@code snapshot}, {@code git:origin/main (3f1c0a9b2d4e)}. */
    String describe();
}
