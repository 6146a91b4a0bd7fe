package dev.bindery.contract.internal.report;

import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.RolloutPlan;

/** Renders a rollout plan. */
public final class PlanRenderer {
    private PlanRenderer() {
    }

    public static String render(RolloutPlan plan, ReportFormat format) {
        throw new UnsupportedOperationException(format.name());
    }
}
