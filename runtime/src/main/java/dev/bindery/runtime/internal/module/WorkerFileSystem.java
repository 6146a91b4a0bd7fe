package dev.bindery.runtime.internal.module;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only file system a worker's context sees: read-only, limited to the worker's own folder and
 * the {@code node_modules} folders above it, plus the virtual {@code cloudflare:*} modules.
 * TypeScript and JSON modules are turned into JavaScript as they are read.
 */
public final class WorkerFileSystem implements FileSystem {

  static final Path VIRTUAL_ROOT = Path.of("/__bindery__");

  private final FileSystem delegate = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
  private final Path root;
  /** The root with symbolic links resolved: the engine reads modules by their real paths. */
  private final Path realRoot;
  private final ModuleSources sources;
  private final NodeModulesResolver nodeModules;

  public WorkerFileSystem(Path root, ModuleSources sources) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPathOf(this.root);
    this.sources = sources;
    this.nodeModules = new NodeModulesResolver(this.root);
  }

  public Path root() {
    return root;
  }

  private static Path realPathOf(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir; // a folder that does not exist: loading its main module fails with its own message
    }
  }

  @Override
  public Path parsePath(URI uri) {
    String scheme = uri.getScheme();
    if (scheme != null && !scheme.equals("file")) {
      return virtualPath(uri.toString());
    }
    return delegate.parsePath(uri);
  }

  @Override
  public Path parsePath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith(".")) {
      return delegate.parsePath(path);
    }
    if (path.contains(":")) {
      return virtualPath(path);
    }
    return nodeModules.resolve(path).orElseGet(() -> VIRTUAL_ROOT.resolve("missing").resolve(path));
  }

  private Path virtualPath(String specifier) {
    return VIRTUAL_ROOT.resolve(specifier.replace(':', '/'));
  }

  private static final String[] IMPLIED_SUFFIXES = {".ts", ".js", ".mts", ".mjs", ".tsx", "/index.ts", "/index.js"};

  /** Extensionless imports, as bundlers resolve them: {@code ./math} finds {@code math.ts} or {@code math.js}. */
  private static Path withImpliedExtension(Path path) {
    if (path.startsWith(VIRTUAL_ROOT) || java.nio.file.Files.isRegularFile(path)) {
      return path;
    }
    for (String suffix : IMPLIED_SUFFIXES) {
      Path candidate = Path.of(path + suffix);
      if (java.nio.file.Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return path;
  }

  /** True when worker code may read {@code path}: inside the worker folder or a node_modules above it. */
  boolean readable(Path path) {
    Path p = path.toAbsolutePath().normalize();
    return within(p, root) || within(p, realRoot);
  }

  private static boolean within(Path p, Path root) {
    if (p.startsWith(root)) {
      return true;
    }
    for (Path dir = root.getParent(); dir != null; dir = dir.getParent()) {
      if (p.startsWith(dir.resolve("node_modules"))) {
        return true;
      }
    }
    return false;
  }

  private void requireReadable(Path path) throws IOException {
    if (path.startsWith(VIRTUAL_ROOT)) {
      if (sources.virtualModule(path) == null) {
        throw new NoSuchFileException(path.toString(), null, describeMissing(path));
      }
      return;
    }
    if (!readable(path)) {
      throw new NoSuchFileException(path.toString(), null,
          "outside the worker's folder " + root + " (workers may import only their own files and node_modules)");
    }
  }

  private String describeMissing(Path path) {
    Path rel = VIRTUAL_ROOT.relativize(path);
    if (rel.startsWith("missing")) {
      return "no package \"" + rel.subpath(1, rel.getNameCount()) + "\" in node_modules above " + root;
    }
    return "no such built-in module";
  }

  @Override
  public void checkAccess(Path original, Set<? extends AccessMode> modes, LinkOption... linkOptions) throws IOException {
    Path path = withImpliedExtension(original);
    requireReadable(path);
    if (path.startsWith(VIRTUAL_ROOT)) {
      return;
    }
    delegate.checkAccess(path, modes, linkOptions);
  }

  @Override
  public SeekableByteChannel newByteChannel(Path original, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
      throws IOException {
    Path path = withImpliedExtension(original);
    requireReadable(path);
    if (path.startsWith(VIRTUAL_ROOT)) {
      return new ByteArrayChannel(sources.virtualModule(path).getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayChannel(sources.read(path));
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return path.isAbsolute() ? path : root.resolve(path);
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    if (path.startsWith(VIRTUAL_ROOT)) {
      return path;
    }
    return delegate.toRealPath(withImpliedExtension(path), linkOptions);
  }

  @Override
  public Map<String, Object> readAttributes(Path original, String attributes, LinkOption... options) throws IOException {
    Path path = withImpliedExtension(original);
    requireReadable(path);
    return delegate.readAttributes(path, attributes, options);
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    throw new NoSuchFileException(dir.toString(), null, "workers cannot list directories");
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new IOException("read-only: workers cannot create directories");
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new IOException("read-only: workers cannot delete files");
  }
}
