package dev.bindery.runtime.internal.engine;

import dev.bindery.runtime.internal.clone.CloneLanguage;
import org.graalvm.polyglot.Engine;

/**
 * The one GraalJS {@link Engine} of this JVM. Contexts created on it share parsed code, which is
 * what makes a further worker group cheap to start. Interpreter only: on small machines the
 * optimizing compiler slows test-sized workloads down, so its warning is switched off here.
 */
public final class SharedEngine {

  private static volatile Engine engine;

  private SharedEngine() {}

  public static Engine get() {
    Engine e = engine;
    if (e == null) {
      synchronized (SharedEngine.class) {
        if (engine == null) {
          engine = Engine.newBuilder("js", CloneLanguage.ID)
              .option("engine.WarnInterpreterOnly", "false")
              .build();
        }
        e = engine;
      }
    }
    return e;
  }
}
