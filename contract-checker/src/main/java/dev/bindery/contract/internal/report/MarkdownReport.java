package dev.bindery.contract.internal.report;

import dev.bindery.contract.CallSite;
import dev.bindery.contract.Finding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Verdict;

/** Markdown for a pull-request comment: a summary, a table, and accept entries in a details block. */
final class MarkdownReport implements ReportRenderer {

    @Override
    public String render(Verdict verdict) {
        StringBuilder sb = new StringBuilder();
        sb.append("### Worker RPC contract: ").append(verdict.subject()).append("\n\n");
        sb.append("**").append(TextReport.summary(verdict)).append("**\n\n");
        if (!verdict.findings().isEmpty()) {
            sb.append("| Severity | Rule | Subject | Change | Where | Callers |\n| --- | --- | --- | --- | --- | --- |\n");
            for (Finding f : verdict.findings()) {
                sb.append("| ").append(icon(f.severity())).append(' ').append(f.severity()).append(" | `")
                        .append(f.rule().id()).append("` | `").append(cell(f.worker() + " " + f.subject())).append("` | ")
                        .append(cell(f.message())).append(" | ")
                        .append(f.primaryLocation() == null ? "" : "`" + f.primaryLocation() + "`").append(" | ");
                for (CallSite c : f.callers()) {
                    sb.append("`").append(cell(c.worker() + " " + c.location())).append("` ");
                }
                sb.append("|\n");
            }
            boolean anyToAccept = verdict.findings().stream().anyMatch(f -> f.severity() != Severity.SAFE);
            if (anyToAccept) {
                sb.append("\n<details><summary>Accept on purpose (add to the accepted-changes file with a justification)</summary>\n\n```json\n");
                verdict.findings().stream().filter(f -> f.severity() != Severity.SAFE)
                        .forEach(f -> sb.append(f.acceptEntry()).append('\n'));
                sb.append("```\n</details>\n");
            }
        }
        return sb.toString();
    }

    private static String icon(Severity s) {
        return switch (s) {
            case BREAKING -> ":x:";
            case DANGEROUS -> ":warning:";
            case SAFE -> ":white_check_mark:";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
