package dev.bindery.contract.internal.report;

import dev.bindery.contract.Finding;
import dev.bindery.contract.SourceLocation;
import dev.bindery.contract.Verdict;

/** GitHub Actions workflow commands: {@code ::error file=...,line=...,title=RULE::message}. */
final class GithubReport implements ReportRenderer {

    @Override
    public String render(Verdict verdict) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : verdict.findings()) {
            String command = switch (f.severity()) {
                case BREAKING -> "error";
                case DANGEROUS -> "warning";
                case SAFE -> "notice";
            };
            sb.append("::").append(command).append(' ');
            SourceLocation loc = f.primaryLocation();
            if (loc != null) {
                sb.append("file=").append(property(loc.file()));
                if (loc.line() > 0) {
                    sb.append(",line=").append(loc.line());
                }
                if (loc.column() > 0) {
                    sb.append(",col=").append(loc.column());
                }
                sb.append(',');
            }
            sb.append("title=").append(property(f.rule().id() + " " + f.worker() + " " + f.subject()))
                    .append("::").append(data(f.message() + "\nFix: " + f.fix() + "\nAccept: " + f.acceptEntry()))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
