package dev.bindery.contract;

import dev.bindery.contract.internal.SurfaceCodec;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes surface snapshots. A snapshot file holds either one surface or a bundle
 * {@code {"formatVersion": 1, "surfaces": [...]}}; a directory holds snapshot files ({@code *.json}).
 * Output is pretty-printed with a fixed key order and sorted lists, so snapshots diff well in code review;
 * false booleans and absent values are left out.
 */
public final class SurfaceJson {

    private SurfaceJson() {
    }

    /** One surface as JSON text (ends with a newline). */
    public static String write(Surface surface) {
        return SurfaceCodec.write(List.of(surface));
    }

    /** Several surfaces: one surface as itself, more as a bundle (ends with a newline). */
    public static String write(List<Surface> surfaces) {
        return SurfaceCodec.write(surfaces);
    }

    /**
     * Parses snapshot text.
     *
     * @param json       the text
     * @param sourceName the file name to use in error messages
     * @throws ContractException with file:line:column for malformed JSON, or the JSON path of a bad field
     */
    public static List<Surface> read(String json, String sourceName) {
        return SurfaceCodec.read(json, sourceName);
    }

    /** Reads a snapshot file, or every {@code *.json} file of a directory (sorted by name). */
    public static List<Surface> read(Path fileOrDirectory) {
        return SurfaceCodec.read(fileOrDirectory);
    }

    /** Writes a snapshot file atomically (a temporary file moved into place). */
    public static void write(List<Surface> surfaces, Path file) {
        SurfaceCodec.writeFile(surfaces, file);
    }
}
