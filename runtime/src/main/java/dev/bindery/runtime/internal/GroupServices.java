package dev.bindery.runtime.internal;

import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.WorkerRequest;
import dev.bindery.runtime.WorkerResponse;
import dev.bindery.runtime.internal.rpc.ServiceTarget;
import java.util.concurrent.CompletionStage;

/** What a worker needs from the group it runs in. */
public interface GroupServices {

  /** The target of one of the worker's bindings, or null when nothing in the group provides it. */
  ServiceTarget resolve(String worker, ServiceBinding binding);

  /** Why a binding has no target: names the binding, the service and the loaded configs. */
  String unresolvedMessage(String worker, ServiceBinding binding);

  CompletionStage<WorkerResponse> outboundFetch(String worker, WorkerRequest request);

  void console(ConsoleLine line);

  /** The request chain whose work the loop is running now, or null. Loop thread only. */
  dev.bindery.runtime.internal.rpc.RequestChain currentChain();

  /** Runs {@code task} as work of {@code chain}; skips it when the chain has ended. Loop thread only. */
  void runIn(dev.bindery.runtime.internal.rpc.RequestChain chain, Runnable task);

  /** Runs {@code task} as work of {@code chain}, even when the chain has ended (a call already sent). */
  void enter(dev.bindery.runtime.internal.rpc.RequestChain chain, Runnable task);

  /** The production limits the group enforces. */
  dev.bindery.runtime.Limits limits();

  /** Ids for objects that workers pass by reference. */
  dev.bindery.runtime.internal.rpc.StubRegistry stubs();

  /** The group's detector of invocations that can never finish. */
  HangDetector hangs();

}
