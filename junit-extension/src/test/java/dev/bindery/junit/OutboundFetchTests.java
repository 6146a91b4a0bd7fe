package dev.bindery.junit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.bindery.junit.BinderyAssertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OutboundFetchTests {

  @RegisterExtension
  static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  BinderyExtension bindery = BinderyExtension.newInstance()
      .config("workers/fetcher/wrangler.jsonc")
      .outboundTo(wireMock::baseUrl)
      .build();

  @Test
  void outbound_fetch_of_any_worker_goes_to_wiremock(WorkerGroup group) {
    wireMock.stubFor(get(urlEqualTo("/v1/eur?day=today")).willReturn(aResponse().withStatus(200).withBody("1.08")));

    assertThat(group.fetch(WorkerRequest.get("http://localhost/rates"))).hasStatus(200).hasBodyText("1.08");
    wireMock.verify(getRequestedFor(urlEqualTo("/v1/eur?day=today"))
        .withHeader("X-Forwarded-Host", equalTo("api.rates.example"))
        .withHeader("X-Bindery-Worker", equalTo("fetcher")));
  }

  @Test
  void a_binding_fetch_is_stubbed_and_verified_with_wiremock(WorkerGroup group, @InjectStub("audit") ServiceStub audit,
      CallJournal journal) {
    audit.forwardFetchTo(wireMock::baseUrl);
    wireMock.stubFor(post("/log").willReturn(aResponse().withStatus(202).withBody("logged")));

    assertThat(group.fetch(WorkerRequest.get("http://localhost/"))).hasStatus(202).hasBodyText("audit said logged");
    wireMock.verify(postRequestedFor(urlEqualTo("/log")).withHeader("X-Bindery-Caller", equalTo("fetcher")));
    assertThat(journal).hasCall(1, CallPattern.fetch("audit").withMethod("POST").withPath("/log").from("fetcher"));
  }
}
