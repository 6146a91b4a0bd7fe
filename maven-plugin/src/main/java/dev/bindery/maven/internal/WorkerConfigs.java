package dev.bindery.maven.internal;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a project's workers: the wrangler configs it lists, or every {@code wrangler.jsonc}, {@code .json}
 * and {@code .toml} under the project directory.
 */
public final class WorkerConfigs {

    /** File names recognised as wrangler configs. */
    public static final Set<String> NAMES = Set.of("wrangler.jsonc", "wrangler.json", "wrangler.toml");

    /** Directories never searched: dependencies, build output, version control, Bindery's own files. */
    static final Set<String> SKIPPED_DIRECTORIES = Set.of("node_modules", "target", ".git", ".bindery",
            ".wrangler");

    private WorkerConfigs() {
    }

    /**
     * The configs to check.
     *
     * @param projectDirectory the project's base directory
     * @param configured       configs from the plugin configuration, relative to the project directory; empty
     *                         to search
     * @return absolute, normalized paths: the configured ones in their order, or the found ones sorted by path
     * @throws ContractException when a configured config does not exist
     */
    public static List<Path> find(Path projectDirectory, List<Path> configured) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        if (configured != null && !configured.isEmpty()) {
            List<Path> out = new ArrayList<>();
            for (Path p : configured) {
                Path config = base.resolve(p).normalize();
                if (!Files.isRegularFile(config)) {
                    throw new ContractException(SourceLocation.ofFile(config.toString()),
                            "configured wrangler config does not exist. Fix the path in <configs>, or remove "
                                    + "<configs> to use every wrangler.jsonc/.json/.toml under " + base + ".");
                }
                out.add(config);
            }
            return List.copyOf(out);
        }
        return search(base);
    }

    private static List<Path> search(Path base) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(base) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && NAMES.contains(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search " + base + " for wrangler configs: " + e.getMessage(), e);
        }
        found.sort(null);
        return List.copyOf(found);
    }

    /** The config's path relative to the project directory, with forward slashes, for messages. */
    public static String display(Path projectDirectory, Path config) {
        Path base = projectDirectory.toAbsolutePath().normalize();
        Path abs = config.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
