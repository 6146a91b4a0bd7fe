package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.loop.EventLoop;
import java.util.concurrent.CompletionStage;

/** What the Web platform inside one worker needs from the engine core. */
public interface WebHost {

  /** The worker's loop; every entry into its context happens in a task of this loop. */
  EventLoop loop();

  /**
   * One captured console line.
   *
   * @param level {@code "log"}, {@code "info"}, {@code "warn"}, {@code "error"} or {@code "debug"}
   */
  void console(String level, String text);

  /** Performs a global {@code fetch()} to a host other than a binding; may complete on any thread. */
  CompletionStage<WorkerResponse> outboundFetch(WorkerRequest request);

  /** The invocation running now (an id), or 0 outside any: bodies belong to the one that made them. */
  default int scopeId() {
    return 0;
  }
}
