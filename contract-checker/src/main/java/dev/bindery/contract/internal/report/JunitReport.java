package dev.bindery.contract.internal.report;

import dev.bindery.contract.Finding;
import dev.bindery.contract.Severity;
import dev.bindery.contract.Verdict;

/** JUnit XML: one test case per finding; BREAKING and DANGEROUS ones fail. */
final class JunitReport implements ReportRenderer {

    @Override
    public String render(Verdict verdict) {
        long failures = verdict.findings().stream().filter(f -> f.severity() != Severity.SAFE).count();
        int tests = Math.max(1, verdict.findings().size());
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuite name=\"").append(xml(verdict.subject())).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
        if (verdict.findings().isEmpty()) {
            sb.append("  <testcase classname=\"contract\" name=\"no changes\"/>\n");
        }
        for (Finding f : verdict.findings()) {
            sb.append("  <testcase classname=\"").append(xml(f.rule().id())).append("\" name=\"")
                    .append(xml(f.worker() + " " + f.subject())).append('"');
            if (f.severity() == Severity.SAFE) {
                sb.append("/>\n");
                continue;
            }
            sb.append(">\n    <failure type=\"").append(f.severity()).append("\" message=\"").append(xml(f.message()))
                    .append("\">").append(xml(f.message() + "\nat " + f.primaryLocation() + "\nfix: " + f.fix()
                            + "\naccept: " + f.acceptEntry())).append("</failure>\n  </testcase>\n");
        }
        return sb.append("</testsuite>\n").toString();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
