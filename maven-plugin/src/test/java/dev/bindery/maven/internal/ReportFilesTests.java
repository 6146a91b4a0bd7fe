package dev.bindery.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.ReportFormat;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTests {

    @TempDir
    Path out;

    @Test
    void writes_one_file_per_format_under_the_output_directory() {
        List<ReportFormat> formats = ReportFiles.parse(ReportFiles.DEFAULT_FORMATS);

        List<Path> written = ReportFiles.write(new Verdict("v", List.of(), List.of()), formats, out.resolve("bindery"));

        assertThat(written).extracting(p -> out.relativize(p).toString().replace('\\', '/')).containsExactly(
                "bindery/compat.json", "bindery/compat.md", "bindery/compat.sarif", "bindery/TEST-bindery-compat.xml");
        assertThat(written).allSatisfy(p -> assertThat(p).isNotEmptyFile());
    }

    @Test
    void formats_may_be_listed_comma_separated_and_repeat() {
        assertThat(ReportFiles.parse(List.of("json, SARIF", "json"))).containsExactly(ReportFormat.JSON, ReportFormat.SARIF);
    }

    @Test
    void an_unknown_format_lists_the_accepted_values() {
        assertThatThrownBy(() -> ReportFiles.parse(List.of("html")))
                .isInstanceOf(ContractException.class)
                .hasMessage("Unknown report format 'html'. Accepted values: text, json, markdown, sarif, github, junit.");
    }
}
