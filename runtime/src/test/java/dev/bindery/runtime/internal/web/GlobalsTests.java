package dev.bindery.runtime.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

class GlobalsTests {

  private static final List<String> WEB_GLOBALS = List.of(
      "AbortController", "AbortSignal", "AsyncDisposableStack", "Blob", "ByteLengthQueuingStrategy",
      "CountQueuingStrategy", "Crypto", "CustomEvent", "DOMException", "DisposableStack", "Event", "EventTarget", "File", "FormData", "Headers", "IdentityTransformStream",
      "Navigator", "Performance", "ReadableStream", "ReadableStreamDefaultController", "ReadableStreamDefaultReader",
      "Request", "Response", "SubtleCrypto", "TextDecoderStream", "TextEncoderStream", "TransformStream",
      "TransformStreamDefaultController", "URL", "URLSearchParams", "WritableStream",
      "WritableStreamDefaultController", "WritableStreamDefaultWriter", "atob", "btoa", "clearInterval",
      "clearTimeout", "console", "crypto", "fetch", "navigator", "performance", "queueMicrotask", "reportError",
      "scheduler", "self", "setInterval", "setTimeout", "SuppressedError");

  private static TreeSet<String> globalNames(Context context) {
    return new TreeSet<>(Arrays.asList(context.eval("js", "Object.getOwnPropertyNames(globalThis).join(',')").asString().split(",")));
  }

  @Test
  void adds_exactly_the_web_globals() {
    TreeSet<String> before;
    try (Context bare = TestContexts.newContext()) {
      before = globalNames(bare);
    }
    try (TestWorker worker = new TestWorker()) {
      TreeSet<String> added = globalNames(worker.context);
      added.removeAll(before);
      assertThat(added).containsExactlyElementsOf(new TreeSet<>(WEB_GLOBALS));
      assertThat(worker.eval("Object.getOwnPropertySymbols(globalThis).map(String).join()").asString())
          .isEqualTo("Symbol(Symbol.toStringTag)");
    }
  }

  @Test
  void leaves_out_what_workerd_does_not_have_here() {
    try (TestWorker worker = new TestWorker()) {
      assertThat(worker.run("return [typeof structuredClone, typeof caches, typeof WebSocket, typeof HTMLRewriter, typeof print, typeof Graal, typeof Polyglot].join()"))
          .isEqualTo("undefined,undefined,undefined,undefined,undefined,undefined,undefined");
    }
  }

  @Test
  void host_functions_are_not_reachable_from_user_code() {
    try (TestWorker worker = new TestWorker()) {
      String probe = "const seen = new Set(); const hits = []; const queue = [[globalThis, 'globalThis']];"
          + "while (queue.length) { const [o, path] = queue.shift(); if (seen.has(o)) continue; seen.add(o);"
          + "  for (const k of Reflect.ownKeys(o)) { let v; try { const d = Object.getOwnPropertyDescriptor(o, k); v = d.get ? d.get.call(o) : d.value; } catch { continue; }"
          + "    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;"
          + "    const name = path + '.' + String(k);"
          + "    if (['setTimer', 'clearTimer', 'idnToAscii', 'fireTimer', 'readAll', 'rsEnqueue'].some((h) => Reflect.has(v, h))) hits.push(name);"
          + "    if (name.split('.').length < 5) queue.push([v, name]); } }"
          + "return hits.join() || 'none'";
      assertThat(worker.run(probe)).isEqualTo("none");
      assertThat(worker.run("return [typeof host, typeof priv, String(Object.getPrototypeOf(fetch)), fetch.length].join()"))
          .isEqualTo("undefined,undefined,function () { [native code] },0"); // JSG functions have length 0
    }
  }

  @Test
  void navigator_and_performance_look_like_workerd() {
    try (TestWorker worker = new TestWorker()) {
      assertThat(worker.run("return [navigator.userAgent, typeof performance.now(), performance.now() >= 0, self === globalThis].join()"))
          .isEqualTo("Cloudflare-Workers,number,true,true");
    }
  }
}
