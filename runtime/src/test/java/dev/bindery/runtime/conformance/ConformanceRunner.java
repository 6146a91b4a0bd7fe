package dev.bindery.runtime.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs one case through the Java API and compares each answer with workerd's recording. */
final class ConformanceRunner {

  record Answer(int status, String body) {
    @Override
    public String toString() {
      return "{status: " + status + ", body: " + body + "}";
    }
  }

  record Result(ConformanceCase testCase, List<Answer> actual, List<String> diffs) {
    boolean passed() {
      return diffs.isEmpty();
    }
  }

  private ConformanceRunner() {}

  static Result run(ConformanceCase c) {
    List<Answer> actual = new ArrayList<>();
    try (WorkerGroup group = WorkerGroup.fromConfigs(c.configs().toArray(java.nio.file.Path[]::new))) {
      for (JsonNode r : c.requests()) {
        actual.add(send(group, r, c));
      }
    } catch (RuntimeException startup) {
      // workerd refuses such configs at startup: every request of the case then reads status 0
      while (actual.size() < c.requests().size()) {
        actual.add(new Answer(0, ""));
      }
    }
    return new Result(c, actual, diff(c, actual));
  }

  private static Answer send(WorkerGroup group, JsonNode r, ConformanceCase c) {
    List<HttpHeaders.Header> headers = new ArrayList<>();
    r.path("headers").fields().forEachRemaining(e -> headers.add(new HttpHeaders.Header(e.getKey(), e.getValue().asText())));
    JsonNode body = r.get("body");
    WorkerRequest request = new WorkerRequest(r.path("method").asText("GET"), "http://localhost" + r.path("path").asText("/"),
        HttpHeaders.of(headers), body == null || body.isNull() ? null : body.asText().getBytes(StandardCharsets.UTF_8));
    try {
      WorkerResponse response = group.fetch(request);
      return new Answer(response.status(), response.bodyText().replace(c.dir().toString(), "<CASE>"));
    } catch (WorkerException e) {
      return new Answer(500, e.getMessage());
    }
  }

  private static List<String> diff(ConformanceCase c, List<Answer> actual) {
    List<String> diffs = new ArrayList<>();
    for (int i = 0; i < Math.max(c.expect().size(), actual.size()); i++) {
      JsonNode e = i < c.expect().size() ? c.expect().get(i) : null;
      Answer a = i < actual.size() ? actual.get(i) : null;
      Answer expected = e == null ? null : new Answer(e.path("status").asInt(), e.path("body").asText());
      if (expected == null || !expected.equals(a)) {
        String path = i < c.requests().size() ? c.requests().get(i).path("path").asText() : "?";
        diffs.add("request " + i + " " + path + "\n    expected " + expected + "\n    actual   " + a);
      }
    }
    return diffs;
  }
}
