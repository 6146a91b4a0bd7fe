package dev.bindery.contract.internal.report;

import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Verdict;

/** Renders a verdict in one format. */
public interface ReportRenderer {

    String render(Verdict verdict);

    static ReportRenderer forFormat(ReportFormat format) {
        return switch (format) {
            case TEXT -> new TextReport();
            case JSON -> new JsonReport();
            case MARKDOWN -> new MarkdownReport();
            case SARIF -> new SarifReport();
            case GITHUB -> new GithubReport();
            case JUNIT -> new JunitReport();
        };
    }
}
