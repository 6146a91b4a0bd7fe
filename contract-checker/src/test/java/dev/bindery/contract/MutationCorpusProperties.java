package dev.bindery.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generates real-looking worker sources, applies one breaking mutation to the text, and runs the whole pipeline
 * (swc4j parse, extraction, diff): every breaking mutation must be classified BREAKING.
 */
class MutationCorpusProperties {

    private final ContractChecker checker = ContractChecker.create();

    enum Mutation { REMOVE, RENAME, MAKE_STATIC, MAKE_PRIVATE, MAKE_ARROW_FIELD, MAKE_GETTER, ADD_REQUIRED_PARAM,
        REORDER_PARAMS, OPTIONAL_TO_REQUIRED, NARROW_PARAM_TYPE, RETURN_RPC_TARGET }

    record Method(String name, boolean async, List<String> params) {
        String source(Mutation m, boolean target) {
            List<String> ps = new ArrayList<>(params);
            String name = this.name;
            String prefix = async ? "async " : "";
            String body = "return " + (params.isEmpty() ? "1" : params.get(0).replaceAll("[?:=].*", "")) + ";";
            if (target) {
                switch (m) {
                    case REMOVE -> {
                        return "";
                    }
                    case RENAME -> name = name + "V2";
                    case MAKE_STATIC -> prefix = "static " + prefix;
                    case MAKE_PRIVATE -> name = "#" + name;
                    case MAKE_GETTER -> {
                        return "  get " + name + "() {\n    return 1;\n  }\n";
                    }
                    case MAKE_ARROW_FIELD -> {
                        return "  " + name + " = (" + String.join(", ", ps) + ") => 1;\n";
                    }
                    case ADD_REQUIRED_PARAM -> ps.add("tenant: string");
                    case REORDER_PARAMS -> ps = List.of(ps.get(1), ps.get(0));
                    case OPTIONAL_TO_REQUIRED -> ps.set(0, ps.get(0).replace("?", ""));
                    case NARROW_PARAM_TYPE -> ps.set(0, ps.get(0).replace("string | number", "string"));
                    case RETURN_RPC_TARGET -> body = "return new Cursor();";
                    default -> { }
                }
            }
            return "  " + prefix + name + "(" + String.join(", ", ps) + ") {\n    " + body + "\n  }\n";
        }
    }

    @Provide
    Arbitrary<List<Method>> workers() {
        Arbitrary<Method> method = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
                .flatMap(name -> Arbitraries.of(true, false).map(async -> new Method(name, async,
                        List.of("key?: string | number", "limit: number"))));
        return method.list().ofMinSize(1).ofMaxSize(6).uniqueElements(Method::name);
    }

    @Property(tries = 60)
    void every_breaking_mutation_of_a_worker_is_classified_breaking(@ForAll("workers") List<Method> methods,
            @ForAll Mutation mutation) throws IOException {
        Path dir = Files.createTempDirectory("corpus");
        try {
            Surface v1 = extract(dir.resolve("v1"), methods, mutation, false);
            Surface v2 = extract(dir.resolve("v2"), methods, mutation, true);

            Verdict verdict = checker.diff(v1, v2);

            assertThat(verdict.findings()).as("%s of %s", mutation, methods.get(0).name())
                    .anySatisfy(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.BREAKING);
                        assertThat(f.subject()).startsWith("default." + methods.get(0).name());
                    });
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Surface extract(Path dir, List<Method> methods, Mutation mutation, boolean mutate) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("wrangler.jsonc"),
                "{ \"name\": \"api\", \"main\": \"index.ts\", \"compatibility_date\": \"2025-06-01\" }\n");
        StringBuilder src = new StringBuilder("import { WorkerEntrypoint, RpcTarget } from \"cloudflare:workers\";\n\n"
                + "class Cursor extends RpcTarget {\n  next() {\n    return 1;\n  }\n}\n\n"
                + "export default class Api extends WorkerEntrypoint {\n");
        for (int i = 0; i < methods.size(); i++) {
            src.append(methods.get(i).source(mutation, mutate && i == 0));
        }
        src.append("}\n");
        Files.writeString(dir.resolve("index.ts"), src.toString());
        return checker.extract(dir.resolve("wrangler.jsonc"));
    }
}
