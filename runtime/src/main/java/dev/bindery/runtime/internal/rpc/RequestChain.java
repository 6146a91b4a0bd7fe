package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one incoming request sets off across the group, as a tree of scopes: the request
 * itself (the root, which holds the production limits' counts) and below it one scope per
 * invocation (a call or fetch through a binding), made by the scope that called. Tasks and timers
 * run in the scope that was current when they were posted, and those of an ended scope never run,
 * as workerd cancels a finished request's outstanding work (checked on workerd, our cases 138, 142):
 * <ul>
 *   <li>the root ends when its response is out;</li>
 *   <li>an invocation ends when it has answered, or when its caller's scope has ended (the caller
 *       no longer listens); one that handed out stubs (functions, RpcTargets, streams) lives on
 *       while they are held, until its caller's scope ends, since calls on them run in it;</li>
 *   <li>{@code ctx.waitUntil} keeps a scope alive until its promises settle, whatever else ended.</li>
 * </ul>
 * Each scope also counts its live timers and unanswered outbound calls, from which the hang
 * detector tells whether anything can still wake it. Loop thread only.
 */
public final class RequestChain {

  private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

  private final int id = IDS.incrementAndGet();
  private final Limits limits;
  private final RequestChain root;
  private final RequestChain parent;
  private final List<String> invoked;
  private final List<RequestChain> children = new ArrayList<>(2);
  private int subrequests;
  private int pendingWaits;
  private int liveTimers;
  private int outbound;
  private boolean responded;
  private int exports;
  private List<RequestChain> keepers;
  private List<Runnable> onEnd;
  private boolean ended;

  public RequestChain(Limits limits, String firstWorker) {
    this.limits = limits;
    this.root = this;
    this.parent = null;
    this.invoked = new ArrayList<>();
    invoked.add(firstWorker);
  }

  private RequestChain(RequestChain parent) {
    this.limits = parent.limits;
    this.root = parent.root;
    this.parent = parent;
    this.invoked = null;
  }

  /** A scope for an invocation made from this one; it is alive until {@link #settle} says otherwise. */
  public RequestChain child() {
    RequestChain c = new RequestChain(this);
    if (!ended) {
      children.add(c);
    }
    return c;
  }

  /** The scope that made this invocation (null for the request itself). */
  public RequestChain parent() {
    return parent;
  }

  public boolean ended() {
    return ended;
  }

  /** A number naming this scope, for code that must tell one request's objects from another's. */
  public int id() {
    return id;
  }

  /**
   * Counts a service binding call from {@code caller} to {@code callee}; returns the error text
   * when a production limit forbids it, else null.
   */
  public String admitBindingCall(String caller, String callee) {
    if (root != this) {
      return root.admitBindingCall(caller, callee);
    }
    if (invoked.size() + 1 > limits.maxInvocations()) {
      return "Too many Worker invocations in one request: a request may invoke at most " + limits.maxInvocations()
          + " Workers, and each service binding call counts (Cloudflare's production limit, which local workerd "
          + "does not enforce). This call from \"" + caller + "\" to \"" + callee + "\" would be invocation "
          + (invoked.size() + 1) + ". Chain: " + describeChain()
          + ". To run without it: WorkerGroup.builder().limits(Limits.off()) or bindery dev --limits=off.";
    }
    String sub = admitSubrequest(caller, "service binding call to \"" + callee + "\"");
    if (sub != null) {
      return sub;
    }
    invoked.add(callee);
    return null;
  }

  /** Counts an outbound fetch or a binding call as a subrequest; error text when over the limit. */
  public String admitSubrequest(String worker, String what) {
    if (root != this) {
      return root.admitSubrequest(worker, what);
    }
    if (subrequests + 1 > limits.maxSubrequests()) {
      return "Too many subrequests in one request: at most " + limits.maxSubrequests() + " (Cloudflare's production "
          + "limit; service binding calls and fetch() both count). Worker \"" + worker + "\" made one more: " + what
          + ". To run without it: WorkerGroup.builder().limits(Limits.off()) or bindery dev --limits=off.";
    }
    subrequests++;
    return null;
  }

  private String describeChain() {
    if (invoked.size() <= 8) {
      return String.join(" -> ", invoked);
    }
    return String.join(" -> ", invoked.subList(0, 4)) + " -> ... (" + (invoked.size() - 6) + " more) -> "
        + String.join(" -> ", invoked.subList(invoked.size() - 2, invoked.size()));
  }

  /** The response (of the root) or the outcome (of an invocation) has been delivered. */
  public void responded() {
    responded = true;
    settle();
  }

  /** This scope handed out a stub: until it is released, the scope lives as long as its caller's. */
  public void exportStarted() {
    exports++;
  }

  /**
   * A stub this scope handed out reached {@code holder} (forwarded by whoever received it first):
   * while it is held, this scope lives as long as the holder does, even after its caller ended.
   */
  public void keptBy(RequestChain holder) {
    if (holder == this || holder == parent || ended || holder.ended) {
      return;
    }
    if (keepers == null) {
      keepers = new ArrayList<>(2);
    }
    if (!keepers.contains(holder)) {
      keepers.add(holder);
      holder.children.add(this);
    }
  }

  private boolean keptAlive() {
    if (keepers != null) {
      for (RequestChain k : keepers) {
        if (!k.ended) {
          return true;
        }
      }
    }
    return false;
  }

  /** Runs {@code task} when this scope ends (at once if it has). */
  public void onEnd(Runnable task) {
    if (ended) {
      task.run();
      return;
    }
    if (onEnd == null) {
      onEnd = new ArrayList<>(1);
    }
    onEnd.add(task);
  }

  /** Forgets a task given to {@link #onEnd} (it is no longer needed). */
  public void dropOnEnd(Runnable task) {
    if (onEnd != null) {
      onEnd.remove(task);
    }
  }

  /** Every holder of a stub this scope handed out has disposed of it. */
  public void exportReleased() {
    exports--;
    settle();
  }

  public void waitStarted() {
    pendingWaits++;
  }

  public void waitFinished() {
    pendingWaits--;
    settle();
  }

  public void timerStarted() {
    liveTimers++;
  }

  public void timerFinished() {
    liveTimers--;
  }

  public void outboundStarted() {
    outbound++;
  }

  public void outboundFinished() {
    outbound--;
  }

  /** No timer of this scope is pending and no call it made is unanswered: nothing of its own can wake it. */
  public boolean idle() {
    return liveTimers == 0 && outbound == 0;
  }

  /** Ends this scope if nothing keeps it alive any more, and then the scopes below it that only it kept. */
  public void settle() {
    if (ended || pendingWaits > 0) {
      return;
    }
    boolean over = parent == null ? responded
        : parent.ended && (exports == 0 || !keptAlive()) || (responded && exports == 0);
    if (!over) {
      return;
    }
    ended = true;
    if (parent != null) {
      parent.children.remove(this);
    }
    if (keepers != null) {
      for (RequestChain k : keepers) {
        k.children.remove(this);
      }
    }
    for (RequestChain c : children.toArray(new RequestChain[0])) {
      c.settle();
    }
    children.clear();
    if (onEnd != null) {
      List<Runnable> tasks = onEnd;
      onEnd = null;
      for (Runnable t : tasks) {
        t.run();
      }
    }
  }
}
