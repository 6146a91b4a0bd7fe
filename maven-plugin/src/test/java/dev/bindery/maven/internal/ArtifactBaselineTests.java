package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.Surface;
import dev.bindery.contract.SurfaceJson;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactBaselineTests {

    @TempDir
    Path dir;

    private final ContractChecker checker = ContractChecker.create();

    @Test
    void finds_each_worker_in_the_attached_bundle_resolving_it_once() {
        Path billing = Fixtures.copy("billing-v1", dir.resolve("billing")).resolve("wrangler.jsonc");
        Path shop = Fixtures.copy("shop", dir.resolve("shop")).resolve("wrangler.jsonc");
        Worker b = new Worker(billing, checker.extract(billing));
        Worker s = new Worker(shop, checker.extract(shop));
        Path bundle = dir.resolve("workers-1.0-bindery-contract.json");
        SurfaceJson.write(List.of(b.surface()), bundle);
        AtomicInteger resolved = new AtomicInteger();

        ArtifactBaseline baseline = new ArtifactBaseline("com.acme:workers:1.0", () -> {
            resolved.incrementAndGet();
            return bundle;
        });

        assertThat(baseline.find(b)).map(Surface::worker).contains("worker_b");
        assertThat(baseline.find(s)).isEmpty();
        assertThat(resolved).hasValue(1);
        assertThat(baseline.describe()).isEqualTo("artifact:com.acme:workers:1.0");
        assertThat(baseline.missingNotice(s)).isEqualTo("No baseline for worker 'shop': the contract attached to "
                + "com.acme:workers:1.0 has no surface for it, so its changes are not checked (first release with it).");
    }
}
