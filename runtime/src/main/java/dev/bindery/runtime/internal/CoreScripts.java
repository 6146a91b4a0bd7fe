package dev.bindery.runtime.internal;

import dev.bindery.runtime.internal.module.ModuleSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.graalvm.polyglot.Source;

/** The JavaScript that Bindery puts into every worker context, parsed once per JVM. */
final class CoreScripts {

  private static final Source CORE = Source.newBuilder("js", resource("js/core.js"), "bindery:core.js")
      .cached(true).buildLiteral();
  /** Holds the worker's cloudflare:workers classes after core.js's global handle on them is gone. */
  private static final String CF_HANDLE = "export const cf = globalThis.__bindery_cf;\n";
  private static final String CLOUDFLARE_WORKERS = """
      import { cf } from "bindery:cf";
      cf.useModuleNames();
      export const WorkerEntrypoint = cf.WorkerEntrypoint;
      export const RpcTarget = cf.RpcTarget;
      export const DurableObject = cf.DurableObject;
      export const WorkflowEntrypoint = cf.WorkflowEntrypoint;
      export const RpcStub = cf.RpcStub;
      export const RpcPromise = cf.RpcPromise;
      export const RpcProperty = cf.RpcProperty;
      export const env = cf.env;
      export default { WorkerEntrypoint, RpcTarget, DurableObject, WorkflowEntrypoint, env };
      """;

  static {
    ModuleSources.shared().defineVirtualModule("bindery:cf", CF_HANDLE);
    ModuleSources.shared().defineVirtualModule("cloudflare:workers", CLOUDFLARE_WORKERS);
  }

  private CoreScripts() {}

  static Source core() {
    return CORE;
  }

  static ModuleSources sources() {
    return ModuleSources.shared();
  }

  /**
   * A script that takes the handle on cloudflare:workers' classes, then imports the worker's main
   * module; its value is a promise of a one-element array holding the namespace. The namespace is
   * imported statically by a small virtual module, never resolved through a promise itself: a main
   * module exporting {@code then} would otherwise be adopted as a thenable.
   */
  static Source loader(Path main) {
    String path = main.toAbsolutePath().normalize().toString();
    String quoted = "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String specifier = "bindery:load-" + Integer.toHexString(path.hashCode()) + "-" + path.length();
    ModuleSources.shared().defineVirtualModule(specifier,
        "import \"bindery:cf\";\nimport * as ns from " + quoted + ";\nexport const box = [ns];\n");
    return Source.newBuilder("js", "import(\"" + specifier + "\").then((m) => m.box)",
        "bindery:load " + main.getFileName()).buildLiteral();
  }

  private static String resource(String name) {
    try (InputStream in = CoreScripts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
