package dev.bindery.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An immutable, ordered list of HTTP header fields. Names compare case-insensitively and are
 * stored lower-case, as the Fetch standard's {@code Headers} does; repeated names (such as
 * {@code set-cookie}) are kept apart.
 */
public final class HttpHeaders {

  /** One header field. */
  public record Header(String name, String value) {}

  private static final HttpHeaders EMPTY = new HttpHeaders(List.of());
  private final List<Header> fields;

  private HttpHeaders(List<Header> fields) {
    this.fields = fields;
  }

  public static HttpHeaders empty() {
    return EMPTY;
  }

  /** Headers from alternating names and values: {@code of("content-type", "text/plain")}. */
  public static HttpHeaders of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("HttpHeaders.of takes name/value pairs, got an odd count");
    }
    List<Header> list = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      list.add(new Header(namesAndValues[i].toLowerCase(Locale.ROOT), namesAndValues[i + 1]));
    }
    return new HttpHeaders(Collections.unmodifiableList(list));
  }

  public static HttpHeaders of(List<Header> fields) {
    List<Header> list = new ArrayList<>(fields.size());
    for (Header h : fields) {
      list.add(new Header(h.name().toLowerCase(Locale.ROOT), h.value()));
    }
    return new HttpHeaders(Collections.unmodifiableList(list));
  }

  /** These headers with one more field appended. */
  public HttpHeaders with(String name, String value) {
    List<Header> list = new ArrayList<>(fields);
    list.add(new Header(name.toLowerCase(Locale.ROOT), value));
    return new HttpHeaders(Collections.unmodifiableList(list));
  }

  /** The first value of {@code name}, if any. */
  public Optional<String> first(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return fields.stream().filter(h -> h.name().equals(n)).map(Header::value).findFirst();
  }

  /** Every value of {@code name}, in order. */
  public List<String> all(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return fields.stream().filter(h -> h.name().equals(n)).map(Header::value).collect(Collectors.toList());
  }

  public List<Header> list() {
    return fields;
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpHeaders other && other.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return fields.stream().map(h -> h.name() + ": " + h.value()).collect(Collectors.joining(", ", "{", "}"));
  }
}
