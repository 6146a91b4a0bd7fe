package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AbortSignalTests {

  @AutoClose
  private final TestWorker worker = new TestWorker();

  @Test
  void abort_sets_the_reason_and_notifies_listeners_once() {
    assertThat(worker.run("const c = new AbortController(); const s = c.signal; const seen = [];"
        + "s.onabort = (e) => seen.push('on:' + e.type); s.addEventListener('abort', () => seen.push('listener'), { once: true });"
        + "c.abort('why'); c.abort('again');"
        + "let thrown; try { s.throwIfAborted(); } catch (e) { thrown = e; }"
        + "return [s.aborted, s.reason, thrown, seen.join()].join('|')"))
        .isEqualTo("true|why|why|on:abort,listener");
  }

  @Test
  void default_reasons_are_dom_exceptions() {
    assertThat(worker.run("const s = AbortSignal.abort(); const c = new AbortController(); c.abort();"
        + "return [s.reason.name, s.reason.code, s.reason.message, c.signal.reason instanceof DOMException].join('|')"))
        .isEqualTo("AbortError|20|The operation was aborted|true");
  }

  @Test
  void timeout_aborts_after_the_delay() {
    worker.loop.execute(() -> worker.eval("globalThis.s = AbortSignal.timeout(50);"));
    worker.loop.runAll(49);
    assertThat(worker.eval("s.aborted").asBoolean()).isFalse();
    worker.loop.runAll(50);
    assertThat(worker.eval("[s.aborted, s.reason.name, s.reason.message].join('|')").asString())
        .isEqualTo("true|TimeoutError|The operation was aborted due to timeout");
  }

  @Test
  void any_follows_the_first_aborted_signal() {
    assertThat(worker.run("const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]);"
        + "b.abort('b first'); a.abort('a'); return s.reason")).isEqualTo("b first");
  }

  @Test
  void signals_cannot_be_constructed_directly() {
    assertThat(worker.error("new AbortSignal()")).isEqualTo("TypeError: Illegal constructor");
  }

  @Test
  void event_targets_dispatch_to_function_and_object_listeners() {
    assertThat(worker.run("const t = new EventTarget(); const seen = []; const f = (e) => seen.push('f:' + (e.target === t));"
        + "t.addEventListener('x', f); t.addEventListener('x', f); t.addEventListener('x', { handleEvent: (e) => seen.push('o:' + e.type) });"
        + "const e = new Event('x', { cancelable: true }); t.addEventListener('x', (ev) => ev.preventDefault());"
        + "const r = t.dispatchEvent(e); t.removeEventListener('x', f); t.dispatchEvent(new Event('x'));"
        + "return [seen.join(), r, e.defaultPrevented].join('|')"))
        .isEqualTo("f:true,o:x,o:x|false|true");
  }
}
