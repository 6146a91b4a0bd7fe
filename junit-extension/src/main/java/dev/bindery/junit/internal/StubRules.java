package dev.bindery.junit.internal;

import dev.bindery.runtime.ServiceCall;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** The answers a test gave one stubbed service; the newest matching rule wins, as in WireMock. */
public final class StubRules {

  /** Produces the result of a call (or throws a {@code JsError}). */
  @FunctionalInterface
  public interface Answer {
    Object apply(ServiceCall call) throws Exception;
  }

  /** Answers an HTTP request sent through the binding. */
  @FunctionalInterface
  public interface FetchAnswer {
    CompletionStage<WorkerResponse> apply(ServiceCall call, WorkerRequest request) throws Exception;
  }

  /** One answer: which calls it takes, what it does, and how it reads in a report. */
  public record Rule(String method, Predicate<List<Object>> args, String argsText, Answer answer, Duration delay,
      String answerText) {

    boolean matches(ServiceCall call) {
      return call.kind() != ServiceCall.Kind.FETCH && call.method().equals(method) && args.test(call.args());
    }

    public String describe() {
      return method + "(" + argsText + ") -> " + answerText + (delay.isZero() ? "" : " after " + delay.toMillis() + " ms");
    }
  }

  private final String service;
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private volatile FetchAnswer fetch;
  private volatile String fetchText;

  public StubRules(String service) {
    this.service = service;
  }

  public String service() {
    return service;
  }

  public void add(Rule rule) {
    rules.add(rule);
  }

  public void fetch(FetchAnswer answer, String text) {
    this.fetch = answer;
    this.fetchText = text;
  }

  /** The newest rule that takes this call. */
  public Optional<Rule> match(ServiceCall call) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).matches(call)) {
        return Optional.of(rules.get(i));
      }
    }
    return Optional.empty();
  }

  public Optional<FetchAnswer> fetchAnswer() {
    return Optional.ofNullable(fetch);
  }

  /** Every answer, in the order they were given, for "no stub answers" reports. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      out.add(r.describe());
    }
    if (fetchText != null) {
      out.add("fetch -> " + fetchText);
    }
    return out;
  }

  public void reset() {
    rules.clear();
    fetch = null;
    fetchText = null;
  }
}
