package dev.bindery.contract.internal;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The worker's modules, parsed on demand and cached; resolves relative import specifiers. */
public final class ModuleGraph {

    private static final List<String> EXTENSIONS = List.of("", ".ts", ".js", ".mjs", ".mts", ".tsx", ".jsx",
            "/index.ts", "/index.js");

    private final Path root;
    private final Map<Path, ModuleIndex> modules = new HashMap<>();

    /** @param root the config directory; display names are relative to it */
    public ModuleGraph(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public ModuleIndex load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        ModuleIndex cached = modules.get(abs);
        if (cached != null) {
            return cached;
        }
        String display = abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
        ModuleIndex index = new ModuleIndex(SourceFile.parse(abs, display));
        modules.put(abs, index);
        return index;
    }

    /**
     * The module a specifier names, relative to {@code from}; empty for bare specifiers (packages,
     * {@code cloudflare:workers}).
     */
    public Optional<ModuleIndex> resolve(ModuleIndex from, String specifier, SourceLocation at) {
        if (!specifier.startsWith("./") && !specifier.startsWith("../")) {
            return Optional.empty();
        }
        Path base = from.source().path().getParent().resolve(specifier).normalize();
        String text = base.toString();
        for (String ext : EXTENSIONS) {
            Path candidate = Path.of(text + ext);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(load(candidate));
            }
            if (text.endsWith(".js") && !ext.isEmpty() && !ext.startsWith("/")) {
                Path swapped = Path.of(text.substring(0, text.length() - 3) + ext);
                if (Files.isRegularFile(swapped)) {
                    return Optional.of(load(swapped));
                }
            }
        }
        throw new ContractException(at, "cannot resolve import '" + specifier + "'; tried " + base
                + " with extensions " + EXTENSIONS + ".");
    }

    public Iterable<ModuleIndex> loaded() {
        return modules.values();
    }
}
