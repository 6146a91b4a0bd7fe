package dev.bindery.junit.internal;

import dev.bindery.runtime.CallRecord;
import dev.bindery.runtime.ServiceBinding;
import dev.bindery.runtime.ServiceHandler;
import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerGroup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a {@link HarnessSpec} into the configs and stubbed services of a {@link WorkerGroup}. */
public final class GroupAssembly {

  private final List<WorkerConfig> configs;
  private final Set<String> stubbed;

  private GroupAssembly(List<WorkerConfig> configs, Set<String> stubbed) {
    this.configs = configs;
    this.stubbed = stubbed;
  }

  /**
   * Loads and adjusts the configs. {@code tempDir} receives inline JavaScript workers.
   *
   * @throws IllegalArgumentException for a stub or override that names nothing in the group
   */
  public static GroupAssembly plan(HarnessSpec spec, ConfigCache cache, Path tempDir) {
    List<WorkerConfig> configs = new ArrayList<>();
    for (String c : spec.configs()) {
      configs.add(cache.load(c, spec.env()));
    }
    for (HarnessSpec.JsWorker js : spec.jsWorkers().values()) {
      configs.add(jsConfig(js, tempDir));
    }
    if (configs.isEmpty()) {
      throw new IllegalArgumentException("no worker to run: name at least one wrangler config, as in "
          + "@WorkerTest(\"workers/a/wrangler.jsonc\") or BinderyExtension.newInstance().config(...).");
    }
    configs = applyOverrides(spec, configs);
    Set<String> loaded = configs.stream().map(WorkerConfig::name).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> bound = new LinkedHashSet<>();
    configs.forEach(c -> c.services().forEach(b -> bound.add(b.service())));
    for (String s : spec.stubs()) {
      if (!bound.contains(s)) {
        throw new IllegalArgumentException("Stub for service \"" + s + "\" matches no service binding in this group. "
            + "Service bindings: " + describeBindings(configs) + ". Stub one of: " + bound + ".");
      }
    }
    Set<String> stubbed = new LinkedHashSet<>(spec.stubs());
    for (String s : bound) {
      if (!loaded.contains(s)) {
        stubbed.add(s);
      }
    }
    return new GroupAssembly(configs, stubbed);
  }

  /** The services answered by stubs: those asked for, and every bound service no config provides. */
  public Set<String> stubbed() {
    return stubbed;
  }

  public WorkerGroup start(Function<String, ServiceHandler> handlers, Consumer<CallRecord> journal,
      dev.bindery.runtime.OutboundFetch outbound) {
    WorkerGroup.Builder b = WorkerGroup.builder().outboundFetch(outbound).onCall(journal);
    configs.forEach(b::config);
    for (String s : stubbed) {
      b.service(s, handlers.apply(s));
    }
    return b.build();
  }

  private static String describeBindings(List<WorkerConfig> configs) {
    List<String> out = new ArrayList<>();
    for (WorkerConfig c : configs) {
      for (ServiceBinding b : c.services()) {
        out.add(c.name() + ": env." + b.binding() + " (" + b.service() + b.entrypoint().map(e -> "#" + e).orElse("") + ")");
      }
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  private static WorkerConfig jsConfig(HarnessSpec.JsWorker js, Path tempDir) {
    Path main = js.file();
    if (main == null) {
      try {
        Path dir = Files.createDirectories(tempDir.resolve(js.name()));
        main = Files.writeString(dir.resolve("index.js"), js.source());
      } catch (IOException e) {
        throw new UncheckedIOException("could not write the inline worker \"" + js.name() + "\"", e);
      }
    } else {
      main = main.toAbsolutePath().normalize();
      if (!Files.isRegularFile(main)) {
        throw new IllegalArgumentException("JavaScript worker \"" + js.name() + "\": module file " + main
            + " does not exist.");
      }
    }
    Path configFile = main.getParent().resolve("wrangler.jsonc");
    return new WorkerConfig(configFile, js.name(), main, "2025-06-01", List.of(), Map.of(), List.of(),
        Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of());
  }

  private static List<WorkerConfig> applyOverrides(HarnessSpec spec, List<WorkerConfig> configs) {
    Map<String, WorkerConfig> byName = new LinkedHashMap<>();
    configs.forEach(c -> byName.put(c.name(), c));
    for (HarnessSpec.VarOverride v : spec.vars()) {
      WorkerConfig c = require(byName, v.worker(), "@WithVar");
      Map<String, Object> vars = new LinkedHashMap<>(c.vars());
      vars.put(v.name(), v.value());
      byName.put(c.name(), copy(c, vars, c.services()));
    }
    for (HarnessSpec.BindingOverride o : spec.bindings()) {
      WorkerConfig c = require(byName, o.worker(), "@WithBinding");
      List<ServiceBinding> services = new ArrayList<>();
      ServiceBinding replacement = new ServiceBinding(o.binding(), o.service(),
          o.entrypoint().isEmpty() ? Optional.empty() : Optional.of(o.entrypoint()), Map.of(), c.locationOf("services"));
      boolean replaced = false;
      for (ServiceBinding b : c.services()) {
        if (b.binding().equals(o.binding())) {
          services.add(replacement);
          replaced = true;
        } else {
          services.add(b);
        }
      }
      if (!replaced) {
        services.add(replacement);
      }
      byName.put(c.name(), copy(c, c.vars(), services));
    }
    return new ArrayList<>(byName.values());
  }

  private static WorkerConfig require(Map<String, WorkerConfig> byName, String worker, String what) {
    WorkerConfig c = byName.get(worker);
    if (c == null) {
      throw new IllegalArgumentException(what + " names worker \"" + worker + "\", which is not in this group. Workers: "
          + byName.keySet() + ".");
    }
    return c;
  }

  private static WorkerConfig copy(WorkerConfig c, Map<String, Object> vars, List<ServiceBinding> services) {
    return new WorkerConfig(c.configFile(), c.name(), c.main(), c.compatibilityDate(), c.compatibilityFlags(), vars,
        services, c.placementMode(), c.unsupportedBindings(), c.notices(), c.envName(), c.locations());
  }
}
