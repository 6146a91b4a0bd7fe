package dev.bindery.contract;

import dev.bindery.contract.internal.CalleeVerifier;
import dev.bindery.contract.internal.Change;
import dev.bindery.contract.internal.CallerScanner;
import dev.bindery.contract.internal.CallerVerifier;
import dev.bindery.contract.internal.Planner;
import dev.bindery.contract.internal.Policy;
import dev.bindery.contract.internal.SurfaceDiff;
import dev.bindery.contract.internal.SurfaceExtractor;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Entry point of the contract checker: extract surfaces, scan callers, diff, and decide whether a deploy is
 * safe. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ContractChecker checker = ContractChecker.builder().disableRules(List.of("PARAM_SAME_DEFAULT")).build();
 * Surface deployed = SurfaceJson.read(Path.of("rpc-surface.json")).get(0);
 * Surface candidate = checker.extract(Path.of("billing/wrangler.jsonc"));
 * List<CallerUsage> callers = checker.scanCallers(List.of(Path.of("shop/wrangler.jsonc")));
 * Verdict verdict = checker.verifyCalleeDeploy(deployed, candidate, callers);
 * }</pre>
 */
public final class ContractChecker {

    private final Policy policy;

    private ContractChecker(Policy policy) {
        this.policy = policy;
    }

    /** A checker with every rule on and no accepted changes. */
    public static ContractChecker create() {
        return builder().build();
    }

    /** A builder to switch rules off and supply accepted changes. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Extracts the RPC surface of the worker described by a wrangler config ({@code .jsonc}, {@code .json},
     * {@code .toml}) and its {@code main} module and the modules it imports.
     *
     * @throws ContractException with file:line:column when the config or a source cannot be read or parsed
     */
    public Surface extract(Path wranglerConfig) {
        return new SurfaceExtractor().extract(wranglerConfig);
    }

    /** Scans one caller: its service bindings and every use of them in its sources. */
    public CallerUsage scanCaller(Path wranglerConfig) {
        return new CallerScanner().scan(wranglerConfig);
    }

    /** Scans several callers, in the given order. */
    public List<CallerUsage> scanCallers(Collection<Path> wranglerConfigs) {
        return wranglerConfigs.stream().map(this::scanCaller).toList();
    }

    /** All changes from {@code oldSurface} to {@code newSurface}, classified by the catalog, no caller context. */
    public Verdict diff(Surface oldSurface, Surface newSurface) {
        return policy.apply("diff " + newSurface.worker(),
                new SurfaceDiff().diff(oldSurface, newSurface).stream().map(Change::finding).toList());
    }

    /**
     * Is deploying {@code candidate} over {@code deployed} safe for the callers? A change is BREAKING when a
     * caller uses what it breaks, and SAFE cleanup when no caller uses it any more.
     *
     * @param callers the callers to consider; {@code null} when unknown, in which case removals stay BREAKING
     */
    public Verdict verifyCalleeDeploy(Surface deployed, Surface candidate, Collection<CallerUsage> callers) {
        List<Change> raw = new SurfaceDiff().diff(deployed, candidate);
        return policy.apply("deploy callee " + candidate.worker(), new CalleeVerifier().verify(raw, candidate.worker(),
                callers));
    }

    /**
     * Is deploying {@code caller} safe against what is deployed? Flags members the deployed callees do not have
     * yet ("deploy X first") and bindings to services with no deployed version.
     *
     * @param deployed the deployed surfaces of the callees (by worker name)
     */
    public Verdict verifyCallerDeploy(CallerUsage caller, Collection<Surface> deployed) {
        return policy.apply("deploy caller " + caller.worker(), new CallerVerifier().verify(caller, deployed));
    }

    /**
     * Plans the rollout of a repository of workers: callees first, cycles named, and each step's verdict
     * against the deployed surfaces (workers absent from {@code deployed} are first deploys).
     */
    public RolloutPlan plan(Collection<Path> wranglerConfigs, Collection<Surface> deployed) {
        return new Planner(this).plan(wranglerConfigs, deployed);
    }

    /** Builder of {@link ContractChecker}. */
    public static final class Builder {
        private final Set<String> disabled = new LinkedHashSet<>();
        private AcceptedChanges accepted = AcceptedChanges.none();

        private Builder() {
        }

        /**
         * Switches rules off by id.
         *
         * @throws ContractException for an unknown id, listing the known ones
         */
        public Builder disableRules(Collection<String> ruleIds) {
            for (String id : ruleIds) {
                disabled.add(RuleCatalog.require(id.trim()).id());
            }
            return this;
        }

        /** Changes accepted on purpose; matching findings move to {@link Verdict#suppressed()}. */
        public Builder acceptedChanges(AcceptedChanges acceptedChanges) {
            this.accepted = Objects.requireNonNull(acceptedChanges, "acceptedChanges");
            return this;
        }

        public ContractChecker build() {
            return new ContractChecker(new Policy(Set.copyOf(disabled), accepted));
        }
    }
}
