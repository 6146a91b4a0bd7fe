package dev.bindery.runtime;

import java.util.Optional;

/**
 * One service binding of a worker in a group, and whether something in the group answers it,
 * as {@code wrangler dev} prints it: {@code env.WORKER_B (worker_b) [connected]}.
 */
public record BindingStatus(String worker, String binding, String service, Optional<String> entrypoint,
    boolean connected) {

  /** The line wrangler prints for this binding. */
  public String describe() {
    String target = service + entrypoint.map(e -> "#" + e).orElse("");
    return "env." + binding + " (" + target + ") " + (connected ? "[connected]" : "[not connected]");
  }

  @Override
  public String toString() {
    return worker + ": " + describe();
  }
}
