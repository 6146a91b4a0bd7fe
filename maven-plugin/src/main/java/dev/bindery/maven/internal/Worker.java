package dev.bindery.maven.internal;

import dev.bindery.contract.Surface;
import java.nio.file.Path;

/**
 * One worker of the project as it is now.
 *
 * @param config  its wrangler config, absolute
 * @param surface its current RPC surface
 */
public record Worker(Path config, Surface surface) {

    /** The worker's name from its config. */
    public String name() {
        return surface.worker();
    }
}
