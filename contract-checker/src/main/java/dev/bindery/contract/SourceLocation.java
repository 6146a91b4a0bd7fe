package dev.bindery.contract;

import java.util.Objects;

/**
 * A position in a worker's source or config file: the file as written in the snapshot (relative to the
 * config's directory where possible), a 1-based line and a 1-based column.
 *
 * @param file   file path, forward slashes
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** A location that names only a file. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code file:line:column}, or less when the parts are unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
