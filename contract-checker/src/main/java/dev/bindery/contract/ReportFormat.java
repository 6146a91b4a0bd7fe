package dev.bindery.contract;

import java.util.Arrays;
import java.util.Locale;

/** Output formats of {@link Reports}. */
public enum ReportFormat {
    /** Plain text for people. */
    TEXT("text"),
    /** Machine-readable JSON. */
    JSON("json"),
    /** Markdown for a pull-request comment. */
    MARKDOWN("markdown"),
    /** SARIF 2.1.0 for code scanning. */
    SARIF("sarif"),
    /** GitHub Actions workflow commands ({@code ::error file=...}). */
    GITHUB("github"),
    /** JUnit XML, one test case per finding. */
    JUNIT("junit");

    private final String cliName;

    ReportFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on command lines and in plugin parameters. */
    public String cliName() {
        return cliName;
    }

    /** Parses a format name, case-insensitively; the error lists the accepted values. */
    public static ReportFormat parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new ContractException("Unknown report format '" + text
                        + "'. Accepted values: text, json, markdown, sarif, github, junit."));
    }
}
