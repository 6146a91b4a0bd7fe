package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bindery.runtime.HttpHeaders;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class BodyTests {

  @AutoClose
  private static final TestWorker worker = new TestWorker();

  private static void put(String name, Value v) {
    worker.eval("(n, v) => { globalThis[n] = v; }").execute(name, v);
  }

  private static <T> T await(CompletableFuture<T> f) {
    worker.loop.runUntil(f::isDone);
    return f.join();
  }

  @Test
  void reads_text_json_bytes_and_array_buffer() {
    assertThat(worker.run("const r = new Response('{\"a\":[1,2]}');"
        + "const [t, j, b, ab] = [await r.clone().text(), await r.clone().json(), await r.clone().bytes(), await r.arrayBuffer()];"
        + "return [t, j.a[1], b.constructor.name, b.length, ab.byteLength, r.bodyUsed].join('|')"))
        .isEqualTo("{\"a\":[1,2]}|2|Uint8Array|11|11|true");
  }

  @Test
  void a_body_reads_only_once() {
    assertThat(worker.error("const r = new Request('http://h/', {method: 'POST', body: 'x'}); await r.text(); await r.text()"))
        .isEqualTo("TypeError: Body has already been used. It can only be used once. Use tee() first if you need to read it twice.");
  }

  @Test
  void streams_make_bodies_and_bodies_make_streams() {
    assertThat(worker.run("const enc = new TextEncoder(); let i = 0;"
        + "const s = new ReadableStream({ pull(c) { if (i < 3) c.enqueue(enc.encode('part' + i++ + ';')); else c.close(); } });"
        + "const r = new Response(s); const body = r.body; const first = await body.getReader().read();"
        + "return [first.value.length, r.bodyUsed, s === body].join('|')"))
        .isEqualTo("6|true|true");
    assertThat(worker.run("const { readable, writable } = new TransformStream(); const w = writable.getWriter(); const enc = new TextEncoder();"
        + "(async () => { for (const p of ['chunk1 ', 'chunk2 ', 'chunk3']) await w.write(enc.encode(p)); await w.close(); })();"
        + "return new Response(readable).text()"))
        .isEqualTo("chunk1 chunk2 chunk3");
    assertThat(worker.run("let out = ''; for await (const c of new Response('abc').body) out += new TextDecoder().decode(c); return out"))
        .isEqualTo("abc");
  }

  @Test
  void cloning_a_streamed_body_tees_it() {
    assertThat(worker.run("const r = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([111, 107])); c.close(); } }));"
        + "const c = r.clone(); return [await r.text(), await c.text(), r.bodyUsed, c.bodyUsed].join('|')"))
        .isEqualTo("ok|ok|true|true");
    assertThat(worker.error("const r = new Response('x'); await r.text(); r.clone()"))
        .isEqualTo("TypeError: Body has already been used. It can only be used once. Use tee() first if you need to read it twice.");
  }

  @Test
  void locked_streams_and_string_chunks_are_refused() {
    // A locked stream makes a body (checked on workerd, our case 183); reading it fails.
    assertThat(worker.error("const s = new ReadableStream(); s.getReader(); return new Response(s).text()"))
        .isEqualTo("TypeError: This ReadableStream is currently locked to a reader.");
    assertThat(worker.error("return new Response(new ReadableStream({ start(c) { c.enqueue('str'); c.close(); } })).text()"))
        .isEqualTo("TypeError: This ReadableStream did not return bytes.");
  }

  @Test
  void request_construction_follows_workerd() {
    assertThat(worker.run("const base = new Request('http://svc/req', {method: 'POST', body: 'orig', headers: {'x-a': '1'}});"
        + "const r = new Request(base, {method: 'put', body: 'override'});"
        + "return [r.method, r.url, await r.text(), r.headers.get('x-a'), r.redirect, r.signal.aborted, base.bodyUsed].join('|')"))
        .isEqualTo("PUT|http://svc/req|override|1|follow|false|false");
    assertThat(worker.run("const base = new Request('http://svc/', {method: 'POST', body: 'moved'}); const r = new Request(base);"
        + "return [await r.text(), base.bodyUsed].join('|')")).isEqualTo("moved|true");
    assertThat(worker.error("new Request('/relative/path')")).isEqualTo("TypeError: Invalid URL: /relative/path");
    assertThat(worker.error("new Request()"))
        .isEqualTo("TypeError: Failed to construct 'Request': constructor parameter 1 is not of type 'Request or string'.");
    assertThat(worker.error("new Request('http://h/', {body: 'x'})"))
        .isEqualTo("TypeError: Request with a GET or HEAD method cannot have a body.");
    assertThat(worker.error("new Request('http://h/', {method: 'FOO BAR'})"))
        .isEqualTo("TypeError: Invalid HTTP method string: FOO BAR");
    assertThat(worker.error("new Request('http://h/', {redirect: 'error'})")).startsWith("TypeError: Invalid redirect value");
  }

  @Test
  void response_construction_follows_workerd() {
    assertThat(worker.run("const r = new Response('x', {status: 418, statusText: 'Short and stout', headers: {'x-reply': 'yes'}});"
        + "return [r.status, r.statusText, r.ok, r.headers.get('x-reply'), r.headers.get('content-type'), new Response().statusText, new Response(null).body].join('|')"))
        .isEqualTo("418|Short and stout|false|yes|text/plain;charset=UTF-8|OK|");
    assertThat(worker.run("const j = Response.json({a: 1}, {status: 201}); const red = Response.redirect('http://h/x', 301); const e = Response.error();"
        + "return [j.status, j.headers.get('content-type'), await j.text(), red.status, red.headers.get('location'), e.type, e.status].join('|')"))
        .isEqualTo("201|application/json|{\"a\":1}|301|http://h/x|error|0");
    assertThat(worker.error("new Response('x', {status: 700})"))
        .isEqualTo("RangeError: Responses may only be constructed with status codes in the range 200 to 599, inclusive.");
    assertThat(worker.error("new Response('x', {status: 204})"))
        .isEqualTo("TypeError: Response with null body status (101, 204, 205, or 304) cannot have a body.");
  }

  @Test
  void blob_and_form_data_bodies() {
    assertThat(worker.run("const b = new Blob(['hello ', new Uint8Array([98, 108, 111, 98])], {type: 'Text/Plain'});"
        + "const r = new Response(b); return [b.size, b.type, await b.slice(6).text(), r.headers.get('content-type'), await r.text()].join('|')"))
        .isEqualTo("10|text/plain|blob|text/plain|hello blob");
    assertThat(worker.run("const f = new FormData(); f.append('a', '1'); f.append('file', new Blob(['data'], {type: 'text/x'}), 'n.txt');"
        + "const back = await new Response(f).formData(); const file = back.get('file');"
        + "return [back.get('a'), file.name, file.type, await file.text(), file instanceof File].join('|')"))
        .isEqualTo("1|n.txt|text/x|data|true");
    assertThat(worker.run("const r = new Request('http://h/', {method: 'POST', body: new URLSearchParams('x=1&y=2')});"
        + "const f = await r.formData(); return [r.headers.get('content-type'), f.get('y')].join('|')"))
        .isEqualTo("application/x-www-form-urlencoded;charset=UTF-8|2");
  }

  @Test
  void requests_cross_between_java_and_js() {
    WorkerRequest in = new WorkerRequest("POST", "http://localhost/submit",
        HttpHeaders.of("x-test", "two", "content-type", "text/plain"), "payload-text".getBytes(StandardCharsets.UTF_8));
    put("__in", worker.internals.newRequest(in));
    put("__get", worker.internals.newRequest(WorkerRequest.get("http://localhost/hello?x=1")));
    assertThat(worker.run("return [__in instanceof Request, __in.method, __in.url, __in.headers.get('X-Test'), await __in.text(), __get.body].join('|')"))
        .isEqualTo("true|POST|http://localhost/submit|two|payload-text|");

    Value sub = worker.eval("new Request('https://internal.example/api/v1?q=%20space', {method: 'PATCH', headers: {'x-one': '1', 'X-Mixed-Case': 'Value'}, body: 'patch-body'})");
    WorkerRequest out = await(worker.internals.readRequest(sub));
    assertThat(out.method()).isEqualTo("PATCH");
    assertThat(out.url()).isEqualTo("https://internal.example/api/v1?q=%20space");
    assertThat(out.headers().list()).containsExactly(new HttpHeaders.Header("x-one", "1"),
        new HttpHeaders.Header("x-mixed-case", "Value"), new HttpHeaders.Header("content-type", "text/plain;charset=UTF-8"));
    assertThat(out.bodyText()).isEqualTo("patch-body");
    assertThat(await(worker.internals.readRequest(worker.eval("new Request('http://h/')"))).body()).isNull();
    assertThat(worker.internals.isRequest(sub)).isTrue();
    assertThat(worker.internals.isResponse(sub)).isFalse();
  }

  @Test
  void responses_cross_between_java_and_js() {
    put("__res", worker.internals.newResponse(new WorkerResponse(418, "Short and stout",
        HttpHeaders.of("set-cookie", "a=1", "set-cookie", "b=2"), "body".getBytes(StandardCharsets.UTF_8))));
    assertThat(worker.run("return [__res.status, __res.statusText, __res.headers.getSetCookie().join(), await __res.text()].join('|')"))
        .isEqualTo("418|Short and stout|a=1,b=2|body");
    Value streaming = worker.eval("new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.close(); } }), {status: 404, statusText: 'Nope'})");
    WorkerResponse out = await(worker.internals.readResponse(streaming));
    assertThat(out.status()).isEqualTo(404);
    assertThat(out.statusText()).isEqualTo("Nope");
    assertThat(out.bodyText()).isEqualTo("hi");
  }

  @Test
  void a_used_body_cannot_be_read_for_sending() {
    Value used = worker.eval("const __used = new Request('https://example.test/', {method: 'POST', body: 'once'}); __used.text(); __used");
    CompletableFuture<WorkerRequest> f = worker.internals.readRequest(used);
    worker.loop.runUntil(f::isDone);
    assertThat(f).isCompletedExceptionally();
    PolyglotException e = (PolyglotException) f.handle((r, t) -> t).join();
    assertThat(e.getMessage()).isEqualTo("TypeError: The ReadableStream has been locked to a reader.");
    assertThat(e.getGuestObject().getMember("name").asString()).isEqualTo("TypeError");
  }

  @Test
  void request_from_uses_the_callers_wording() {
    assertThatThrownByRequestFrom(worker.eval("undefined"), "fetch", "Fetcher")
        .isEqualTo("TypeError: Failed to execute 'fetch' on 'Fetcher': parameter 1 is not of type 'Request or string'.");
    Value r = worker.internals.requestFrom(worker.eval("new URL('http://svc/from-url')"), worker.eval("undefined"));
    assertThat(r.getMember("url").asString()).isEqualTo("http://svc/from-url");
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertThatThrownByRequestFrom(Value input, String op, String iface) {
    try {
      worker.internals.requestFrom(input, worker.eval("undefined"), op, iface);
    } catch (PolyglotException e) {
      return assertThat(e.getMessage());
    }
    throw new AssertionError("requestFrom did not throw");
  }
}
