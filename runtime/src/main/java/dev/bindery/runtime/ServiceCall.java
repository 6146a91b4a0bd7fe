package dev.bindery.runtime;

import java.util.List;
import java.util.Map;

/**
 * One call through a service binding: who called, through which binding, what, and with which
 * arguments (Java values after structured clone; empty for {@code fetch}).
 *
 * @param caller the calling worker's name ({@code "java"} for calls made from Java)
 * @param binding the binding name in the caller's env
 * @param service the service the binding names
 * @param entrypoint the entrypoint ({@code "default"} unless the binding names one)
 * @param path the method name, or a property path for pipelined reads and calls
 * @param kind what was asked: a method call, a property read, or an HTTP fetch
 * @param props the binding's {@code props}, seen by the callee as {@code ctx.props}
 */
public record ServiceCall(String caller, String binding, String service, String entrypoint, List<String> path,
    Kind kind, List<Object> args, Map<String, Object> props) {

  /** What a call asks of its target. */
  public enum Kind { METHOD, PROPERTY, FETCH }

  /** The method or property name (the last element of the path), or {@code fetch}. */
  public String method() {
    return kind == Kind.FETCH ? "fetch" : path.get(path.size() - 1);
  }

  @Override
  public String toString() {
    String target = service + (entrypoint.equals("default") ? "" : "#" + entrypoint);
    return caller + " -> env." + binding + " (" + target + ")." + String.join(".", path)
        + (kind == Kind.METHOD ? args.toString().replaceFirst("^\\[", "(").replaceFirst("]$", ")") : "");
  }
}
