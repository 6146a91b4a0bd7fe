package dev.bindery.maven.internal;

import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Reports;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a verdict's report files, one per format, under the output directory ({@code target/bindery}). */
public final class ReportFiles {

    /** The formats written unless configured otherwise. */
    public static final List<String> DEFAULT_FORMATS = List.of("json", "markdown", "sarif", "junit");

    private ReportFiles() {
    }

    /** The file name of a format: {@code compat.json}, {@code compat.md}, {@code TEST-bindery-compat.xml}... */
    public static String fileName(ReportFormat format) {
        return switch (format) {
            case TEXT -> "compat.txt";
            case JSON -> "compat.json";
            case MARKDOWN -> "compat.md";
            case SARIF -> "compat.sarif";
            case GITHUB -> "compat-github.txt";
            case JUNIT -> "TEST-bindery-compat.xml";
        };
    }

    /**
     * Parses format names.
     *
     * @throws dev.bindery.contract.ContractException for an unknown name, listing the accepted ones
     */
    public static List<ReportFormat> parse(List<String> names) {
        return names.stream().flatMap(n -> List.of(n.split(",")).stream()).map(String::trim)
                .filter(n -> !n.isEmpty()).map(ReportFormat::parse).distinct().toList();
    }

    /** Writes the verdict in each format; returns the files written, in order. */
    public static List<Path> write(Verdict verdict, List<ReportFormat> formats, Path outputDirectory) {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : formats) {
            Path file = outputDirectory.resolve(fileName(format));
            Reports.write(verdict, format, file);
            written.add(file);
        }
        return written;
    }
}
