package dev.bindery.runtime.internal;

import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.internal.module.ModuleSources;
import dev.bindery.runtime.internal.module.StackMapper;
import dev.bindery.runtime.internal.rpc.Outcome;
import org.graalvm.polyglot.Value;

/** Builds the {@link WorkerException}s that Java callers see. */
public final class WorkerErrors {

  // Stacks of transpiled files are mapped only here, when an error reaches Java.
  private static final StackMapper STACKS = StackMapper.of(ModuleSources.shared());

  private static final int MESSAGE_FRAMES = 5;

  private WorkerErrors() {}

  /**
   * From an error that crossed to Java: its tokens ("error", class, name, message, ...) and the
   * callee's stack, mapped to the worker's sources; the message ends with its first frames.
   */
  public static WorkerException fromOutcome(String worker, String what, Outcome outcome) {
    Object[] tokens = outcome.tokens();
    String jsClass = String.valueOf(tokens[1]);
    String name = String.valueOf(tokens[2]);
    String message = String.valueOf(tokens[3]);
    String stack = STACKS.map(outcome.stack());
    StringBuilder shown = new StringBuilder(name.equals(jsClass) ? name : jsClass + " (" + name + ")")
        .append(": ").append(message).append("\n  (worker \"").append(worker).append("\", ").append(what).append(")");
    StackMapper.userFrames(stack, MESSAGE_FRAMES).forEach(frame -> shown.append("\n  ").append(frame));
    return new WorkerException(worker, jsClass, name, message, stack, shown.toString());
  }

  /** A main module that did not load: syntax error, missing import, or a throw at top level. */
  static WorkerException startupFailure(WorkerConfig config, Value error) {
    String jsClass = "Error";
    String message = text(error, "undefined");
    String stack = "";
    String name = "Error";
    if (error != null && error.hasMembers()) {
      Value ctor = error.getMember("constructor");
      if (ctor != null && ctor.hasMember("name")) {
        jsClass = text(ctor.getMember("name"), jsClass);
      }
      name = text(error.getMember("name"), jsClass);
      message = text(error.getMember("message"), message);
      stack = STACKS.map(text(error.getMember("stack"), ""));
    }
    String where = config.main() + " (config " + config.configFile() + ")";
    StringBuilder text = new StringBuilder("Worker \"").append(config.name()).append("\" failed to start: ")
        .append(name).append(": ").append(message).append("\n  main module: ").append(where);
    String hint = hint(jsClass, message);
    if (!hint.isEmpty()) {
      text.append("\n  ").append(hint);
    }
    StackMapper.userFrames(stack, 8).forEach(frame -> text.append("\n  ").append(frame));
    return new WorkerException(config.name(), jsClass, name, message, stack, text.toString());
  }

  private static String text(Value v, String fallback) {
    if (v == null || v.isNull()) {
      return fallback;
    }
    return v.isString() ? v.asString() : v.toString();
  }

  private static String hint(String jsClass, String message) {
    if (jsClass.equals("SyntaxError") || message.matches("(?s).*\\.(ts|mts|tsx):\\d+:\\d+.*")) {
      return "fix the syntax error at the file:line:column above";
    }
    if (message.contains("outside the worker's folder")) {
      return "workers may import only files inside their own folder and packages from node_modules";
    }
    if (message.contains("NoSuchFile") || message.contains("Cannot find") || message.contains("no package")) {
      return "check the import path: relative imports resolve against the importing file, bare names against node_modules";
    }
    return "the error was thrown while the module's top-level code ran";
  }
}
