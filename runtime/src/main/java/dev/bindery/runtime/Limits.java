package dev.bindery.runtime;

import java.time.Duration;

/**
 * Cloudflare's production limits, which local workerd does not enforce. Bindery enforces them by
 * default so that a test that passes here does not fail once deployed.
 *
 * @param maxInvocations Worker invocations in one request chain; every service binding call counts
 *     (Cloudflare: 32)
 * @param maxSubrequests subrequests in one request chain: service binding calls and outbound
 *     {@code fetch()} (Cloudflare's paid plan: 1000; free plan: 50)
 * @param cpuTime how long one invocation may run without yielding before it is interrupted
 */
public record Limits(int maxInvocations, int maxSubrequests, Duration cpuTime) {

  /** Cloudflare's limits on the paid plan, with a 30 s CPU budget per invocation. */
  public static Limits production() {
    return new Limits(32, 1000, Duration.ofSeconds(30));
  }

  /** No invocation or subrequest limit, as local workerd runs; CPU time still capped at 30 s. */
  public static Limits off() {
    return new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofSeconds(30));
  }

  public Limits withMaxInvocations(int n) {
    return new Limits(n, maxSubrequests, cpuTime);
  }

  public Limits withMaxSubrequests(int n) {
    return new Limits(maxInvocations, n, cpuTime);
  }

  public Limits withCpuTime(Duration d) {
    return new Limits(maxInvocations, maxSubrequests, d);
  }
}
