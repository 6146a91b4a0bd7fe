package dev.bindery.junit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bindery.runtime.WorkerResponse;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a worker's HTTP response: status, headers, body as text or JSON. */
public abstract class AbstractWorkerResponseAssert<SELF extends AbstractWorkerResponseAssert<SELF>>
    extends AbstractAssert<SELF, WorkerResponse> {

  private static final ObjectMapper JSON = new ObjectMapper();

  protected AbstractWorkerResponseAssert(WorkerResponse actual, Class<?> selfType) {
    super(actual, selfType);
  }

  public SELF hasStatus(int expected) {
    isNotNull();
    if (actual.status() != expected) {
      throw failureWithActualExpected(actual.status(), expected,
          "%nExpecting response status to be:%n  %s%nbut was:%n  %s%nbody:%n  %s", expected, actual.status(),
          actual.bodyText());
    }
    return myself;
  }

  public SELF hasHeader(String name, String expected) {
    isNotNull();
    String value = actual.headers().first(name).orElse(null);
    if (!Objects.equals(value, expected)) {
      throw failureWithActualExpected(value, expected,
          "%nExpecting response header %s to be:%n  %s%nbut was:%n  %s%nheaders:%n  %s", name, expected, value,
          actual.headers());
    }
    return myself;
  }

  public SELF hasBodyText(String expected) {
    isNotNull();
    if (!actual.bodyText().equals(expected)) {
      throw failureWithActualExpected(actual.bodyText(), expected,
          "%nExpecting response body to be:%n  %s%nbut was:%n  %s", expected, actual.bodyText());
    }
    return myself;
  }

  /** The body, parsed as JSON, equals {@code expectedJson} (key order and whitespace aside). */
  public SELF hasJsonBody(String expectedJson) {
    isNotNull();
    JsonNode expected = parse(expectedJson, "expected JSON");
    JsonNode body = parse(actual.bodyText(), "response body");
    if (!expected.equals(body)) {
      throw failureWithActualExpected(body.toString(), expected.toString(),
          "%nExpecting JSON response body to be:%n  %s%nbut was:%n  %s", expected, body);
    }
    return myself;
  }

  private JsonNode parse(String text, String what) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw failure("%nExpecting %s to be JSON but it is not (%s):%n  %s", what, e.getOriginalMessage(), text);
    }
  }
}
