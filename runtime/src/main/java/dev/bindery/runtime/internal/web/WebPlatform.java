package dev.bindery.runtime.internal.web;

import org.graalvm.polyglot.Context;
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
    Value handles = context.eval(Scripts.INSTALLER).execute(functions.proxy());
    Bytes bytes = new Bytes(handles);
    WebInternals internals = new WebInternals(handles, bytes, functions);
    functions.connect(handles, bytes, () -> internals);
    return internals;
  }
}
