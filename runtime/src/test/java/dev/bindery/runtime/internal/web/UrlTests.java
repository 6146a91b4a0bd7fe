package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UrlTests {

  @AutoClose
  private static final TestWorker worker = new TestWorker();

  /** WPT urltestdata-style cases: input, base (or null), expected href (or null for failure). */
  static Stream<Arguments> parsing_cases() {
    return Stream.of(
        Arguments.of("http://example.com/a/b/../c", null, "http://example.com/a/c"),
        Arguments.of("HTTP://EXAMPLE.COM:80/", null, "http://example.com/"),
        Arguments.of("https://example.com:443/x", null, "https://example.com/x"),
        Arguments.of("http://example.com:8080", null, "http://example.com:8080/"),
        Arguments.of("ws://h:80/", null, "ws://h/"),
        Arguments.of("http://h:/", null, "http://h/"),
        Arguments.of("http://h:65536/", null, null),
        Arguments.of("http://[::1]:8080/", null, "http://[::1]:8080/"),
        Arguments.of("http://[1:0:0:0:0:0:0:1]/", null, "http://[1::1]/"),
        Arguments.of("http://[1:0:0:2:0:0:0:3]/", null, "http://[1:0:0:2::3]/"),
        Arguments.of("http://[::ffff:192.168.0.1]/", null, "http://[::ffff:c0a8:1]/"),
        Arguments.of("http://[::1/", null, null),
        Arguments.of("http://[1::2::3]/", null, null),
        Arguments.of("http://0x7f.1/", null, "http://127.0.0.1/"),
        Arguments.of("http://0/", null, "http://0.0.0.0/"),
        Arguments.of("http://017.0.0.1/", null, "http://15.0.0.1/"),
        Arguments.of("http://4294967295/", null, "http://255.255.255.255/"),
        Arguments.of("http://4294967296/", null, null),
        Arguments.of("http://192.168.0.257/", null, null),
        Arguments.of("http://1.2.3.4.5/", null, null),
        Arguments.of("http://example.com/ä?ä#ä", null, "http://example.com/%C3%A4?%C3%A4#%C3%A4"),
        Arguments.of("http://example.com/a b", null, "http://example.com/a%20b"),
        Arguments.of("  http://example.com/\t\n  ", null, "http://example.com/"),
        Arguments.of("http://ex ample.com/", null, null),
        Arguments.of("http://a<b/", null, null),
        Arguments.of("http://%41.com/", null, "http://a.com/"),
        Arguments.of("http://EXAMPLE.com./", null, "http://example.com./"),
        Arguments.of("http://münchen.de/", null, "http://xn--mnchen-3ya.de/"),
        Arguments.of("http://user:pa ss@h/", null, "http://user:pa%20ss@h/"),
        Arguments.of("http://@h/", null, "http://h/"),
        Arguments.of("http://user@/", null, null),
        Arguments.of("http:\\\\h\\a\\b", null, "http://h/a/b"),
        Arguments.of("http://h/%2e%2E/x", null, "http://h/x"),
        Arguments.of("http://h/./x/.", null, "http://h/x/"),
        Arguments.of("http://h/?a='b", null, "http://h/?a=%27b"),
        Arguments.of("non-spec://h/?a='b", null, "non-spec://h/?a='b"),
        Arguments.of("http://h/#a`b", null, "http://h/#a%60b"),
        Arguments.of("non-spec://host/path", null, "non-spec://host/path"),
        Arguments.of("non-spec:/a/../b", null, "non-spec:/b"),
        Arguments.of("sc://ñ/", null, "sc://%C3%B1/"),
        Arguments.of("mailto:someone@example.com", null, "mailto:someone@example.com"),
        Arguments.of("javascript:alert(1)", null, "javascript:alert(1)"),
        Arguments.of("file:///C:/x/../y", null, "file:///C:/y"),
        Arguments.of("file://localhost/etc", null, "file:///etc"),
        Arguments.of("file:c:\\foo", null, "file:///c:/foo"),
        Arguments.of("http:", null, null),
        Arguments.of("/relative", null, null),
        Arguments.of("//x/y", "https://b/", "https://x/y"),
        Arguments.of("../z", "http://h/a/b/c", "http://h/a/z"),
        Arguments.of("?q", "http://h/p?x#f", "http://h/p?q"),
        Arguments.of("#f2", "http://h/p?x#f", "http://h/p?x#f2"),
        Arguments.of("", "http://h/p?x#f", "http://h/p?x"),
        Arguments.of("http:foo", "http://h/a/", "http://h/a/foo"),
        Arguments.of("x", "mailto:a@b", null),
        Arguments.of("#y", "mailto:a@b", "mailto:a@b#y"),
        Arguments.of("/x", "not a url", null));
  }

  @ParameterizedTest(name = "[{index}] {0} against {1}")
  @MethodSource("parsing_cases")
  void parses_like_the_whatwg_url_standard(String input, String base, String expected) {
    worker.eval("(i, b) => { globalThis.__in = i; globalThis.__base = b; }").execute(input, base);
    String js = "try { return new URL(__in, __base ?? undefined).href; } catch (e) { return 'failure ' + e.constructor.name + ': ' + e.message; }";
    assertThat(worker.run(js)).isEqualTo(expected == null ? "failure TypeError: Invalid URL string." : expected);
    assertThat(worker.run("return URL.canParse(__in, __base ?? undefined)")).isEqualTo(String.valueOf(expected != null));
  }

  @Test
  void exposes_every_component() {
    assertThat(worker.run("const u = new URL('https://user:pw@A.test:8080/p/q?x=1#h');"
        + "return [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin, String(u), JSON.stringify(u)].join('|')"))
        .isEqualTo("https:|user|pw|a.test:8080|a.test|8080|/p/q|?x=1|#h|https://a.test:8080|https://user:pw@a.test:8080/p/q?x=1#h|\"https://user:pw@a.test:8080/p/q?x=1#h\"");
    assertThat(worker.run("return [new URL('file:///x').origin, new URL('blob:https://a.test/id').origin, new URL('x:y').origin].join()"))
        .isEqualTo("null,https://a.test,null");
  }

  @Test
  void setters_follow_the_state_overrides() {
    assertThat(worker.run("const u = new URL('https://a.test/p');"
        + "u.port = '443'; const p1 = u.port; u.port = '8443abc'; const p2 = u.port;"
        + "u.hostname = 'b.test'; u.pathname = '/a b'; u.hash = 'frag'; u.search = 'k=v';"
        + "u.protocol = 'http'; u.username = 'me@x'; u.protocol = 'mailto';"
        + "return [p1, p2, u.href].join('|')"))
        .isEqualTo("|8443|http://me%40x@b.test:8443/a%20b?k=v#frag");
    assertThat(worker.run("const u = new URL('http://a.test/'); u.host = 'c.test:81'; u.hostname = 'bad host'; return u.href"))
        .isEqualTo("http://c.test:81/");
    assertThat(worker.error("new URL('http://a.test/').href = 'nope'")).isEqualTo("TypeError: Invalid URL string.");
  }

  @Test
  void search_params_are_live_linked_to_the_url() {
    assertThat(worker.run("const u = new URL('http://h/?a=1&b=2');"
        + "u.searchParams.append('c', '3 4&5'); const h1 = u.href;"
        + "u.search = '?z=9'; const z = u.searchParams.get('z');"
        + "u.searchParams.delete('z'); return [h1, z, u.href].join('|')"))
        .isEqualTo("http://h/?a=1&b=2&c=3+4%265|9|http://h/");
  }

  @Test
  void url_search_params_parse_sort_and_serialize() {
    assertThat(worker.run("const p = new URLSearchParams('?b=2&a=1&b=%20x+y&c');"
        + "const got = [p.get('b'), p.getAll('b').join(','), p.has('c'), p.has('b', '2'), p.size, p.get('nope')];"
        + "p.sort(); p.set('b', 'é'); return got.join('|') + '|' + p.toString() + '|' + [...p.keys()].join()"))
        .isEqualTo("2|2, x y|true|true|4||a=1&b=%C3%A9&c=|a,b,c");
    assertThat(worker.run("return [new URLSearchParams({x: '1', y: 'a b'}).toString(), new URLSearchParams([['k', '~!*()']]).toString()].join('|')"))
        .isEqualTo("x=1&y=a+b|k=%7E%21*%28%29");
    assertThat(worker.error("new URLSearchParams([['a']])"))
        .isEqualTo("TypeError: Each pair in the sequence must have exactly two elements.");
  }

  @Test
  void static_parse_returns_null_on_failure() {
    assertThat(worker.run("return [URL.parse('nope'), URL.parse('/x', 'http://h').href, Object.prototype.toString.call(new URL('http://h'))].join('|')"))
        .isEqualTo("|http://h/x|[object URL]");
  }
}
