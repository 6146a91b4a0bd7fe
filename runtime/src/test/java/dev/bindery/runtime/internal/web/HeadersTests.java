package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class HeadersTests {

  @AutoClose
  private static final TestWorker worker = new TestWorker();

  @Test
  void names_are_case_insensitive_and_values_combined() {
    assertThat(worker.run("const h = new Headers({'X-A': ' 1 '}); h.append('x-a', '2'); h.append('B', '3');"
        + "return [h.get('x-A'), h.has('b'), h.get('nope'), [...h].join(';')].join('|')"))
        .isEqualTo("1, 2|true||b,3;x-a,1, 2");
  }

  @Test
  void set_cookie_values_stay_apart() {
    assertThat(worker.run("const h = new Headers([['a', '1']]); h.append('set-cookie', 'x=1'); h.append('Set-Cookie', 'y=2');"
        + "return JSON.stringify({ entries: [...h], cookies: h.getSetCookie(), joined: h.get('set-cookie') })"))
        .isEqualTo("{\"entries\":[[\"a\",\"1\"],[\"set-cookie\",\"x=1\"],[\"set-cookie\",\"y=2\"]],\"cookies\":[\"x=1\",\"y=2\"],\"joined\":\"x=1, y=2\"}");
  }

  @Test
  void set_and_delete_replace_all_values() {
    assertThat(worker.run("const h = new Headers(); h.append('a', '1'); h.append('b', '2'); h.append('a', '3');"
        + "h.set('A', '9'); const s = [...h].join(';'); h.delete('a'); return s + '|' + [...h.keys()].join()"))
        .isEqualTo("a,9;b,2|b");
  }

  @Test
  void invalid_names_and_values_are_type_errors() {
    assertThat(worker.error("new Headers({'bad name': 'x'})")).isEqualTo("TypeError: Invalid header name.");
    assertThat(worker.error("new Headers().set('a', 'x\\ny')")).isEqualTo("TypeError: Invalid header value.");
    assertThat(worker.error("new Headers([['a', 'b', 'c']])")).isEqualTo("TypeError: To initialize a Headers object from a sequence, each inner sequence must have exactly two elements.");
  }

  @Test
  void headers_of_incoming_requests_are_immutable() {
    worker.eval("(r) => { globalThis.__req = r; }")
        .execute(worker.internals.newRequest(dev.bindery.runtime.WorkerRequest.get("http://x/").withHeader("a", "1")));
    assertThat(worker.error("__req.headers.set('b', '2')")).isEqualTo("TypeError: Can't modify immutable headers.");
    assertThat(worker.run("const h = new Headers(__req.headers); h.set('b', '2'); return [...h].join(';')")).isEqualTo("a,1;b,2");
  }
}
