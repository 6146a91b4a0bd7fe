package dev.bindery.runtime.internal.web;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Installs the Web platform (URL, fetch, streams, timers, crypto, console, ...) into a worker's
 * context. The JavaScript is parsed once per Engine; the host functions it calls are closed over
 * by the installers and never reachable from user code.
 */
public final class WebPlatform {

  private WebPlatform() {}

  /** Installs the globals into a fresh context (called once, on the loop thread, before user code). */
  public static WebInternals install(Context context, WebHost host) {
    HostFunctions functions = new HostFunctions(host);
    Object proxy = functions.proxy();
    Value priv = null;
    Value handles = null;
    for (Source source : Scripts.INSTALLERS) {
      Value installer = context.eval(source);
      Value result = priv == null ? installer.execute(proxy) : installer.execute(proxy, priv);
      if (priv == null) {
        priv = result;
      } else if (!result.isNull()) {
        handles = result;
      }
    }
    if (handles == null) {
      throw new IllegalStateException("The Web platform installer returned no handles");
    }
    Bytes bytes = new Bytes(handles);
    WebInternals internals = new WebInternals(handles, bytes, functions);
    functions.connect(handles, bytes, () -> internals);
    return internals;
  }
}
