package dev.bindery.contract.bench;

import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.Surface;
import dev.bindery.contract.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Run by hand: extracts a callee with 500 methods (v1 and v2), scans 50 callers and verifies the callee deploy,
 * in a warm JVM; prints the median of the measured rounds.
 * {@code java -cp target/classes:target/test-classes:<deps> dev.bindery.contract.bench.ExtractAndDiffBenchmark}
 */
public final class ExtractAndDiffBenchmark {

    private ExtractAndDiffBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("bench");
        Path v1 = callee(dir.resolve("v1"), false);
        Path v2 = callee(dir.resolve("v2"), true);
        List<Path> callers = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            callers.add(caller(dir.resolve("caller" + c), c));
        }
        ContractChecker checker = ContractChecker.create();
        int warmup = 10;
        int rounds = 15;
        long[] times = new long[rounds];
        int findings = 0;
        for (int i = 0; i < warmup + rounds; i++) {
            long start = System.nanoTime();
            Surface old = checker.extract(v1);
            Surface candidate = checker.extract(v2);
            List<CallerUsage> usages = checker.scanCallers(callers);
            Verdict verdict = checker.verifyCalleeDeploy(old, candidate, usages);
            long elapsed = System.nanoTime() - start;
            findings = verdict.findings().size();
            if (i >= warmup) {
                times[i - warmup] = elapsed;
            }
        }
        Arrays.sort(times);
        out.printf("extract 2 x 500 methods + scan 50 callers + verify: median %.1f ms, min %.1f ms, max %.1f ms"
                        + " (%d findings, %d rounds after %d warm-up)%n", times[rounds / 2] / 1e6, times[0] / 1e6,
                times[rounds - 1] / 1e6, findings, rounds, warmup);
    }

    private static Path callee(Path dir, boolean v2) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("wrangler.jsonc"),
                "{ \"name\": \"big\", \"main\": \"index.ts\", \"compatibility_date\": \"2025-06-01\" }\n");
        StringBuilder src = new StringBuilder("import { WorkerEntrypoint } from \"cloudflare:workers\";\n\n"
                + "export default class Big extends WorkerEntrypoint {\n");
        for (int m = 0; m < 500; m++) {
            if (v2 && m % 50 == 0) {
                continue;
            }
            String extra = v2 && m % 7 == 0 ? ", tenant: string" : "";
            src.append("  /** Method ").append(m).append(". */\n  async method").append(m)
                    .append("(id: string | number, limit: number = 10").append(extra)
                    .append("): Promise<{ id: string; n: number } | null> {\n    return null;\n  }\n");
        }
        src.append("}\n");
        Files.writeString(dir.resolve("index.ts"), src.toString());
        return dir.resolve("wrangler.jsonc");
    }

    private static Path caller(Path dir, int c) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("wrangler.jsonc"), "{ \"name\": \"caller" + c + "\", \"main\": \"index.js\", "
                + "\"compatibility_date\": \"2025-06-01\", \"services\": [{ \"binding\": \"BIG\", \"service\": \"big\" }] }\n");
        StringBuilder src = new StringBuilder("export default {\n  async fetch(request, env) {\n    const out = [];\n");
        for (int k = 0; k < 20; k++) {
            src.append("    out.push(await env.BIG.method").append((c * 20 + k) % 500).append("(\"id\", ").append(k)
                    .append("));\n");
        }
        src.append("    return Response.json(out);\n  },\n};\n");
        Files.writeString(dir.resolve("index.js"), src.toString());
        return dir.resolve("wrangler.jsonc");
    }
}
