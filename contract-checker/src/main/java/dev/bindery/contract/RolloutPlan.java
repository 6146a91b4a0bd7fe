package dev.bindery.contract;

import java.util.List;

/**
 * The order to deploy the workers of a repository: callees before their callers.
 *
 * @param steps  one step per worker, in deploy order
 * @param cycles groups of workers that call each other (each sorted by name); such workers must stay
 *               compatible in both directions because no order deploys every callee first
 */
public record RolloutPlan(List<Step> steps, List<List<String>> cycles) {

    public RolloutPlan {
        steps = List.copyOf(steps);
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    /**
     * One deploy.
     *
     * @param order   1-based position
     * @param worker  the worker to deploy
     * @param config  its wrangler config
     * @param callees the workers it binds to
     * @param verdict as a callee (against its deployed version and every caller) and as a caller (against
     *                the callees deployed before it)
     */
    public record Step(int order, String worker, String config, List<String> callees, Verdict verdict) {

        public Step {
            callees = List.copyOf(callees);
        }
    }

    /** Whether every step is free of findings at or above {@code threshold}. */
    public boolean isSafe(Severity threshold) {
        return steps.stream().noneMatch(s -> s.verdict().failsAt(threshold));
    }
}
