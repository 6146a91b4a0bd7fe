package dev.bindery.samples.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.bindery.junit.BinderyAssertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.bindery.junit.BinderyExtension;
import dev.bindery.junit.CallJournal;
import dev.bindery.junit.CallPattern;
import dev.bindery.junit.InjectStub;
import dev.bindery.junit.ServiceStub;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * checkout with WireMock on both sides: one server stands in for the payments worker behind the
 * PAYMENTS binding ({@code forwardFetchTo}), another for the third-party rates API that checkout's
 * outbound {@code fetch()} calls ({@code outboundTo}). Stubs and checks are WireMock's own.
 */
class CheckoutTests {

  @RegisterExtension
  static WireMockExtension paymentsApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension ratesApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  BinderyExtension bindery = BinderyExtension.newInstance()
      .config("checkout/wrangler.jsonc")
      .outboundTo(ratesApi::baseUrl)
      .build();

  @InjectStub("payments")
  ServiceStub payments;

  @BeforeEach
  void send_the_payments_binding_to_wiremock() {
    payments.forwardFetchTo(paymentsApi::baseUrl);
  }

  static WorkerRequest checkout(String json) {
    return WorkerRequest.of("POST", "http://localhost/checkout", json).withHeader("content-type", "application/json");
  }

  @Test
  void charges_the_converted_amount_through_the_payments_binding(WorkerGroup group) {
    // given
    ratesApi.stubFor(get("/v1/rates/USD-EUR").willReturn(okJson("{\"rate\": 0.92}")));
    paymentsApi.stubFor(post("/charges").willReturn(aResponse().withStatus(201)
        .withHeader("content-type", "application/json").withBody("{\"id\": \"ch_1\"}")));

    // when
    var response = group.fetch(checkout("{\"cents\": 2500, \"currency\": \"USD\"}"));

    // then
    assertThat(response).hasStatus(201).hasBodyText("charged ch_1: 23.00 EUR");
    paymentsApi.verify(1, postRequestedFor(urlEqualTo("/charges"))
        .withHeader("content-type", equalTo("application/json"))
        .withHeader("X-Forwarded-Host", equalTo("payments"))
        .withHeader("X-Bindery-Caller", equalTo("checkout"))
        .withRequestBody(equalToJson("{\"cents\": 2300, \"currency\": \"EUR\"}")));
  }

  @Test
  void asks_the_rates_api_for_the_order_currency(WorkerGroup group) {
    // given
    ratesApi.stubFor(get("/v1/rates/GBP-EUR").willReturn(okJson("{\"rate\": 1.17}")));
    paymentsApi.stubFor(post("/charges").willReturn(okJson("{\"id\": \"ch_2\"}")));

    // when
    var response = group.fetch(checkout("{\"cents\": 1000, \"currency\": \"GBP\"}"));

    // then
    assertThat(response).hasStatus(201).hasBodyText("charged ch_2: 11.70 EUR");
    ratesApi.verify(1, getRequestedFor(urlEqualTo("/v1/rates/GBP-EUR"))
        .withHeader("X-Forwarded-Host", equalTo("api.rates.example"))
        .withHeader("X-Bindery-Worker", equalTo("checkout")));
  }

  @Test
  void passes_a_declined_payment_on_as_402(WorkerGroup group) {
    // given
    ratesApi.stubFor(get("/v1/rates/USD-EUR").willReturn(okJson("{\"rate\": 0.92}")));
    paymentsApi.stubFor(post("/charges").willReturn(aResponse().withStatus(402)
        .withHeader("content-type", "application/json").withBody("{\"reason\": \"card expired\"}")));

    // when
    var response = group.fetch(checkout("{\"cents\": 2500, \"currency\": \"USD\"}"));

    // then
    assertThat(response).hasStatus(402).hasBodyText("payment declined: card expired");
  }

  @Test
  void charges_nothing_when_the_rates_api_is_down(WorkerGroup group, CallJournal journal) {
    // given
    ratesApi.stubFor(get("/v1/rates/USD-EUR").willReturn(aResponse().withStatus(503)));

    // when
    var response = group.fetch(checkout("{\"cents\": 2500, \"currency\": \"USD\"}"));

    // then
    assertThat(response).hasStatus(502).hasBodyText("rates unavailable (503)");
    paymentsApi.verify(0, anyRequestedFor(anyUrl()));
    assertThat(journal).hasNoCall(CallPattern.fetch("payments"));
  }

  @Test
  void the_journal_records_the_binding_fetch_next_to_what_wiremock_saw(WorkerGroup group, CallJournal journal) {
    // given
    ratesApi.stubFor(get("/v1/rates/USD-EUR").willReturn(okJson("{\"rate\": 0.92}")));
    paymentsApi.stubFor(post("/charges").willReturn(okJson("{\"id\": \"ch_3\"}")));

    // when
    group.fetch(checkout("{\"cents\": 100, \"currency\": \"USD\"}"));

    // then
    assertThat(journal).hasSize(1)
        .hasCall(1, CallPattern.fetch("payments").withMethod("POST").withPath("/charges").from("checkout").via("PAYMENTS"));
  }
}
