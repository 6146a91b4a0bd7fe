package dev.bindery.contract.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code command positional... --option value... --flag}; multi-valued options take values up to the next option. */
final class Args {

    private static final Set<String> OPTIONS = Set.of("out", "baseline", "callers", "format", "fail-on", "accepted",
            "disable");
    private static final Set<String> FLAGS = Set.of("help");

    /** Wrong command-line usage. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    static Args parse(String[] args) {
        Args a = new Args();
        String current = null;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (FLAGS.contains(name)) {
                    a.options.put(name, new ArrayList<>());
                    current = null;
                    continue;
                }
                if (!OPTIONS.contains(name)) {
                    throw new UsageException("unknown option '" + arg + "'. Options: --out, --baseline, --callers, "
                            + "--format, --fail-on, --accepted, --disable, --help.");
                }
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option '" + arg + "' needs a value.");
                }
                a.options.computeIfAbsent(name, k -> new ArrayList<>());
                current = name;
            } else if (current != null && (a.options.get(current).isEmpty() || current.equals("callers"))) {
                a.options.get(current).add(arg);
            } else {
                current = null;
                a.positional.add(arg);
            }
        }
        return a;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> value(String name) {
        List<String> v = options.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    List<Path> positionalPaths(String command) {
        if (positional.isEmpty()) {
            throw new UsageException(command + " needs at least one wrangler config.");
        }
        return positional.stream().map(Path::of).toList();
    }
}
