package dev.bindery.runtime.internal.web;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.io.IOAccess;

/** Builds contexts the way the engine core does, on one Engine per JVM. */
final class TestContexts {

  static final Engine ENGINE = newEngine();

  /**
   * Contexts on one Engine share compiled code, and that code remembers the first context's
   * buffer access: a context with another HostAccess needs an Engine of its own.
   */
  private static final Engine NO_BUFFERS_ENGINE = newEngine();

  /** The core's HostAccess plus buffer access, for the fast byte path. */
  static final HostAccess WITH_BUFFERS = HostAccess.newBuilder(HostAccess.NONE).allowBufferAccess(true).build();

  private TestContexts() {}

  static Context newContext() {
    return newContext(WITH_BUFFERS);
  }

  private static Engine newEngine() {
    return Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
  }

  static Context newContext(HostAccess access) {
    return Context.newBuilder("js").engine(access == WITH_BUFFERS ? ENGINE : NO_BUFFERS_ENGINE)
        .allowHostAccess(access).allowHostClassLookup(n -> false)
        .allowCreateThread(false).allowCreateProcess(false).allowNativeAccess(false)
        .allowIO(IOAccess.NONE)
        .option("js.esm-eval-returns-exports", "true")
        .option("js.text-encoding", "true")
        .allowExperimentalOptions(true) // js.polyglot-builtin and js.java-package-globals are experimental in 25.0.5
        .option("js.print", "false").option("js.load", "false").option("js.graal-builtin", "false")
        .option("js.polyglot-builtin", "false").option("js.java-package-globals", "false").option("js.console", "false")
        .build();
  }
}
