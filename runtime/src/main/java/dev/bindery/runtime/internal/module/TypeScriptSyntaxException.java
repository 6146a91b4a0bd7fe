package dev.bindery.runtime.internal.module;

import java.io.IOException;
import java.nio.file.Path;

/** swc could not parse a TypeScript module; the message carries swc's file:line:column. */
public final class TypeScriptSyntaxException extends IOException {
  private final Path file;

  public TypeScriptSyntaxException(Path file, String swcMessage) {
    super(swcMessage.replace("file://", ""));
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
