package dev.bindery.samples.properties;

import static dev.bindery.junit.BinderyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.junit.InjectWorker;
import dev.bindery.junit.WorkerTest;
import dev.bindery.runtime.Worker;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A few worked examples next to the laws: the bulk discount, and the HTTP handler curl talks to. */
@WorkerTest("pricing/wrangler.jsonc")
class PricingTests {

  @InjectWorker
  Worker pricing;

  @Test
  void takes_10_percent_off_a_line_of_ten_or_more() {
    // when
    Object total = pricing.call("total", List.of(
        Map.of("sku", "pen", "unitCents", 150, "quantity", 2),
        Map.of("sku", "pad", "unitCents", 99, "quantity", 10)));

    // then: 300 + (990 - 99)
    assertThat(total).isEqualTo(1191);
  }

  @Test
  void answers_the_total_of_posted_items(WorkerGroup group) {
    // when
    var response = group.fetch(WorkerRequest.of("POST", "http://localhost/",
        "[{\"sku\": \"pen\", \"unitCents\": 150, \"quantity\": 2}, {\"sku\": \"pad\", \"unitCents\": 99, \"quantity\": 10}]"));

    // then
    assertThat(response).hasStatus(200).hasBodyText("1191");
  }

  @Test
  void answers_400_with_the_range_error_for_a_negative_quantity(WorkerGroup group) {
    // when
    var response = group.fetch(WorkerRequest.of("POST", "http://localhost/",
        "[{\"sku\": \"pen\", \"unitCents\": 150, \"quantity\": -1}]"));

    // then
    assertThat(response).hasStatus(400).hasBodyText("RangeError: quantity of pen must be a whole number >= 0, got -1");
  }
}
