package dev.bindery.contract;

import java.util.List;
import java.util.Optional;

/**
 * The RPC surface of one worker, as saved in a snapshot ({@link SurfaceJson}). Lists are sorted by name so
 * that snapshots diff well in code review.
 *
 * @param formatVersion     snapshot format, currently {@link #FORMAT_VERSION}
 * @param worker            the worker's {@code name} from its wrangler config
 * @param compatibilityDate the worker's {@code compatibility_date}, or {@code null}
 * @param entrypoints       entrypoints, {@code default} first, then by name
 * @param targets           {@code RpcTarget} classes returned by members, by name
 */
public record Surface(int formatVersion, String worker, String compatibilityDate, List<Entrypoint> entrypoints,
                      List<TargetClass> targets) {

    /** The snapshot format this library writes. */
    public static final int FORMAT_VERSION = 1;

    public Surface {
        entrypoints = List.copyOf(entrypoints);
        targets = List.copyOf(targets);
    }

    /** The entrypoint with this name ({@code "default"} for the default export). */
    public Optional<Entrypoint> entrypoint(String name) {
        return entrypoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The returned {@code RpcTarget} class with this name. */
    public Optional<TargetClass> target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
