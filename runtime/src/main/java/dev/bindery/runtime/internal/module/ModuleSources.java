package dev.bindery.runtime.internal.module;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jModuleKind;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jTranspileOutput;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads module files for workers, JVM-wide and cached by path, size and modification time:
 * JavaScript as written (plus the catch-block hooks of {@link CatchHooks}), TypeScript transpiled by swc (with its source map kept for stack traces),
 * JSON as a module whose default export is the parsed value; plus the built-in virtual modules.
 */
public final class ModuleSources {

  private static final class Entry {
    final long modified;
    final long size;
    final byte[] code;
    final String sourceMap;
    private volatile SourceMap parsed; // read lazily, when a stack through this file is mapped

    Entry(long modified, long size, byte[] code, String sourceMap) {
      this.modified = modified;
      this.size = size;
      this.code = code;
      this.sourceMap = sourceMap;
    }

    SourceMap parsed() {
      SourceMap p = parsed;
      if (p == null) {
        p = SourceMap.parse(sourceMap);
        parsed = p;
      }
      return p;
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
  private static final ModuleSources SHARED = new ModuleSources();
  private final Map<Path, Entry> cache = new ConcurrentHashMap<>();
  private final Map<Path, String> virtualModules = new ConcurrentHashMap<>();
  private volatile Swc4j swc;

  public static ModuleSources shared() {
    return SHARED;
  }

  /** Makes {@code specifier} (such as {@code cloudflare:workers}) importable with this source. */
  public void defineVirtualModule(String specifier, String source) {
    virtualModules.put(WorkerFileSystem.VIRTUAL_ROOT.resolve(specifier.replace(':', '/')), source);
  }

  String virtualModule(Path path) {
    return virtualModules.get(path);
  }

  /** The source map of a transpiled file, or null when the file ran as written. */
  public String sourceMap(Path path) {
    Entry e = cache.get(path.toAbsolutePath().normalize());
    return e == null ? null : e.sourceMap;
  }

  /**
   * The parsed source map of a transpiled file, read once per version of the file; empty when
   * the file ran as written or was never loaded.
   *
   * @throws IllegalArgumentException if swc's map cannot be read
   */
  public Optional<SourceMap> parsedSourceMap(Path path) {
    Entry e = cache.get(path.toAbsolutePath().normalize());
    return e == null || e.sourceMap == null ? Optional.empty() : Optional.of(e.parsed());
  }

  byte[] read(Path path) throws IOException {
    Path key = path.toAbsolutePath().normalize();
    BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
    long modified = attrs.lastModifiedTime().toMillis();
    Entry cached = cache.get(key);
    if (cached != null && cached.modified == modified && cached.size == attrs.size()) {
      return cached.code;
    }
    Entry fresh = load(key, modified, attrs.size());
    cache.put(key, fresh);
    return fresh.code;
  }

  private Entry load(Path path, long modified, long size) throws IOException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] raw = Files.readAllBytes(path);
    if (name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".tsx")) {
      return transpile(path, new String(raw, StandardCharsets.UTF_8), modified, size);
    }
    if (name.endsWith(".json")) {
      // JSON.parse, not an object literal: "__proto__" is then an own key (and may repeat), as in JSON.
      String module = "export default JSON.parse(" + JSON.writeValueAsString(new String(raw, StandardCharsets.UTF_8))
          + ");\n";
      return new Entry(modified, size, module.getBytes(StandardCharsets.UTF_8), null);
    }
    String js = new String(raw, StandardCharsets.UTF_8);
    String hooked = CatchHooks.insert(js);
    return new Entry(modified, size, hooked == js ? raw : hooked.getBytes(StandardCharsets.UTF_8), null);
  }

  private Entry transpile(Path path, String source, long modified, long size) throws IOException {
    Swc4jTranspileOptions options = new Swc4jTranspileOptions()
        .setMediaType(path.toString().endsWith(".tsx") ? Swc4jMediaType.Tsx : Swc4jMediaType.TypeScript)
        .setParseMode(Swc4jParseMode.Module)
        .setModuleKind(Swc4jModuleKind.Esm)
        .setSourceMap(Swc4jSourceMapOption.Separate)
        .setKeepComments(false);
    try {
      options.setSpecifier(path.toUri().toURL());
      Swc4jTranspileOutput out = swc().transpile(source, options);
      String code = CatchHooks.insert(out.getCode());
      return new Entry(modified, size, code.getBytes(StandardCharsets.UTF_8), out.getSourceMap());
    } catch (MalformedURLException e) {
      throw new IOException(e);
    } catch (Swc4jCoreException e) {
      throw new TypeScriptSyntaxException(path, e.getMessage());
    }
  }

  private Swc4j swc() {
    Swc4j s = swc;
    if (s == null) {
      synchronized (this) {
        if (swc == null) {
          swc = new Swc4j();
        }
        s = swc;
      }
    }
    return s;
  }
}
