package dev.bindery.contract.internal.report;

import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Verdict;

/** Renders a verdict in one format. */
public interface ReportRenderer {

    String render(Verdict verdict);

    static ReportRenderer forFormat(ReportFormat format) {
        throw new UnsupportedOperationException(format.name());
    }
}
