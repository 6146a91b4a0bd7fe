package dev.bindery.junit;

import static dev.bindery.junit.BinderyAssertions.assertThat;

import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;

@WorkerTest("workers/fetcher/wrangler.jsonc")
class NetworkRefusedTests {

  @Test
  void outbound_fetch_is_refused_with_a_clear_error_when_the_test_did_not_allow_the_network(WorkerGroup group) {
    assertThat(group.fetch(WorkerRequest.get("http://localhost/rates"))).hasStatus(502)
        .hasBodyText("TypeError: fetch(\"https://api.rates.example/v1/eur?day=today\") from worker \"fetcher\" was "
            + "refused: this test does not allow the network. Route outbound fetch to WireMock with "
            + "BinderyExtension.newInstance().outboundTo(wireMock::baseUrl), or allow it with "
            + "@WorkerTest(allowNetwork = true).");
  }
}
