package dev.bindery.contract;

import dev.bindery.contract.internal.AtomicFiles;
import dev.bindery.contract.internal.report.PlanRenderer;
import dev.bindery.contract.internal.report.ReportRenderer;
import java.nio.file.Path;

/**
 * Renders verdicts and rollout plans. Files are written atomically: a report is either complete or absent.
 */
public final class Reports {

    private Reports() {
    }

    /** The verdict in this format. */
    public static String render(Verdict verdict, ReportFormat format) {
        return ReportRenderer.forFormat(format).render(verdict);
    }

    /** Writes the verdict in this format to a file, atomically. */
    public static void write(Verdict verdict, ReportFormat format, Path file) {
        AtomicFiles.write(file, render(verdict, format));
    }

    /** The plan as text, JSON or Markdown (other formats render each step's verdict in sequence). */
    public static String render(RolloutPlan plan, ReportFormat format) {
        return PlanRenderer.render(plan, format);
    }
}
