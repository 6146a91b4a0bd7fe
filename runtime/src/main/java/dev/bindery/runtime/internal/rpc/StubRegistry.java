package dev.bindery.runtime.internal.rpc;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Group-wide ids for the functions and RpcTargets that workers hand out by reference. A worker
 * exports an object under a local id; every other worker names it by the global id, and calls
 * on it are routed back to the owner, which runs them with its own state.
 */
public final class StubRegistry {

  /** Where an exported object lives: a target that runs calls in its owner. */
  private final Map<Integer, ServiceTarget> targets = new ConcurrentHashMap<>();
  private final AtomicInteger nextId = new AtomicInteger(1);

  /** Registers an owner's object; {@code targetFor} builds the target that calls it. */
  public int export(ServiceTarget target) {
    int id = nextId.getAndIncrement();
    targets.put(id, target);
    return id;
  }

  /** The target of a global stub id, or null when its owner is gone. */
  public ServiceTarget target(int globalId) {
    return targets.get(globalId);
  }

  /**
   * Service bindings sent over RPC (with the {@code experimental} flag): what a binding points at,
   * kept for the group's lifetime so that a worker receiving it can call the same target.
   */
  private final Map<Integer, Object> services = new ConcurrentHashMap<>();

  /** Registers what a sent service binding points at; the id travels in the message. */
  public int shareService(Object binding) {
    int id = nextId.getAndIncrement();
    services.put(id, binding);
    return id;
  }

  /** What a received service binding points at, as its sender registered it. */
  public Object sharedService(int id) {
    return services.get(id);
  }

  /** Forgets one stub (it was never handed to anyone). */
  public void forget(int globalId) {
    targets.remove(globalId);
  }

  /** Forgets every stub for which {@code owned} says yes (an owner is closing). */
  public void forgetAll(IntFunction<Boolean> owned) {
    targets.keySet().removeIf(owned::apply);
  }
}
