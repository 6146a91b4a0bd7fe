package dev.bindery.runtime.internal.web;

import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.loop.EventLoop;
import java.util.concurrent.CompletionStage;

/** What the web platform of one worker needs from its host. */
public interface WebHost {
  EventLoop loop();

  void console(String level, String text);

  CompletionStage<WorkerResponse> outboundFetch(WorkerRequest request);
}
