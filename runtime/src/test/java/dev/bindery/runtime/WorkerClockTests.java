package dev.bindery.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Workers see UTC and en-US whatever the JVM's defaults, as on workerd (fixture: conformance case 107). */
@Isolated
class WorkerClockTests {

  static final Path CONFIG = Path.of("src/test/resources/conformance/107-dates-in-utc/a/wrangler.jsonc");

  @Test
  void dates_are_shown_in_utc_and_en_us_when_the_jvm_runs_elsewhere() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    Locale.setDefault(Locale.GERMANY);
    try (WorkerGroup group = WorkerGroup.fromConfigs(CONFIG)) {
      assertThat(text(group, "/tostring")).isEqualTo("ok \"Mon Jan 15 2024 13:45:30 GMT+0000 (Coordinated Universal Time)\"");
      assertThat(text(group, "/locale")).isEqualTo("ok \"1/15/2024, 1:45:30 PM\"");
      assertThat(text(group, "/parse-local")).isEqualTo("ok \"2024-01-15T10:00:00.000Z\"");
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  private static String text(WorkerGroup group, String path) {
    return group.fetch(WorkerRequest.get("http://clock" + path)).bodyText();
  }
}
