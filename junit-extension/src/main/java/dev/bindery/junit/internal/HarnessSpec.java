package dev.bindery.junit.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a test asked for, before anything runs: configs (entry worker first), env, network policy,
 * stubbed services, JavaScript fake workers and per-test overrides. Immutable; {@code with*}
 * methods return changed copies.
 */
public record HarnessSpec(List<String> configs, String env, boolean allowNetwork, Supplier<String> outboundTo,
    Set<String> stubs, Map<String, JsWorker> jsWorkers, List<VarOverride> vars, List<BindingOverride> bindings) {

  /** A fake worker written in JavaScript: an inline module or a module file. */
  public record JsWorker(String name, String source, Path file) {}

  public record VarOverride(String worker, String name, String value) {}

  public record BindingOverride(String worker, String binding, String service, String entrypoint) {}

  public HarnessSpec {
    configs = List.copyOf(configs);
    stubs = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(stubs));
    jsWorkers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(jsWorkers));
    vars = List.copyOf(vars);
    bindings = List.copyOf(bindings);
  }

  public static HarnessSpec empty() {
    return new HarnessSpec(List.of(), "", false, null, Set.of(), Map.of(), List.of(), List.of());
  }

  public HarnessSpec withConfigs(List<String> more) {
    List<String> all = new ArrayList<>(configs);
    all.addAll(more);
    return new HarnessSpec(all, env, allowNetwork, outboundTo, stubs, jsWorkers, vars, bindings);
  }

  public HarnessSpec withEnv(String name) {
    return new HarnessSpec(configs, name, allowNetwork, outboundTo, stubs, jsWorkers, vars, bindings);
  }

  public HarnessSpec withNetwork(boolean allowed) {
    return new HarnessSpec(configs, env, allowed, outboundTo, stubs, jsWorkers, vars, bindings);
  }

  public HarnessSpec withOutboundTo(Supplier<String> baseUrl) {
    return new HarnessSpec(configs, env, allowNetwork, baseUrl, stubs, jsWorkers, vars, bindings);
  }

  public HarnessSpec withStubs(Set<String> services) {
    Set<String> all = new LinkedHashSet<>(stubs);
    all.addAll(services);
    return new HarnessSpec(configs, env, allowNetwork, outboundTo, all, jsWorkers, vars, bindings);
  }

  public HarnessSpec withJsWorker(JsWorker worker) {
    Map<String, JsWorker> all = new LinkedHashMap<>(jsWorkers);
    all.put(worker.name(), worker);
    return new HarnessSpec(configs, env, allowNetwork, outboundTo, stubs, all, vars, bindings);
  }

  public HarnessSpec withOverrides(List<VarOverride> moreVars, List<BindingOverride> moreBindings) {
    List<VarOverride> v = new ArrayList<>(vars);
    v.addAll(moreVars);
    List<BindingOverride> b = new ArrayList<>(bindings);
    b.addAll(moreBindings);
    return new HarnessSpec(configs, env, allowNetwork, outboundTo, stubs, jsWorkers, v, b);
  }
}
