package dev.bindery.runtime.internal.rpc;

import dev.bindery.runtime.Limits;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one incoming request sets off across the group: the invocations it makes, its
 * subrequests, and the work kept alive by {@code ctx.waitUntil}. When the response is out and no
 * waitUntil is pending, the chain ends: work of it that is still running never continues, as
 * workerd cancels a finished request's outstanding calls. Loop thread only.
 */
public final class RequestChain {

  private final Limits limits;
  private final List<String> invoked = new ArrayList<>();
  private int subrequests;
  private int pendingWaits;
  private boolean responded;
  private boolean ended;

  public RequestChain(Limits limits, String firstWorker) {
    this.limits = limits;
    invoked.add(firstWorker);
  }

  public boolean ended() {
    return ended;
  }

  /**
   * Counts a service binding call from {@code caller} to {@code callee}; returns the error text
   * when a production limit forbids it, else null.
   */
  public String admitBindingCall(String caller, String callee) {
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

  /** The entry response has been delivered. */
  public void responded() {
    responded = true;
    maybeEnd();
  }

  public void waitStarted() {
    pendingWaits++;
  }

  public void waitFinished() {
    pendingWaits--;
    maybeEnd();
  }

  private void maybeEnd() {
    if (responded && pendingWaits == 0) {
      ended = true;
    }
  }
}
