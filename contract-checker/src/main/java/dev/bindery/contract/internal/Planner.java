package dev.bindery.contract.internal;

import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.ContractChecker;
import dev.bindery.contract.Finding;
import dev.bindery.contract.RolloutPlan;
import dev.bindery.contract.ServiceBinding;
import dev.bindery.contract.Surface;
import dev.bindery.contract.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Orders a repository's workers callees-first (strongly connected components, then a topological order with
 * ties by name) and gives each step its verdict against what is deployed after the steps before it.
 */
public final class Planner {

    private record Worker(String name, Path config, Surface surface, CallerUsage usage, List<String> callees) {
    }

    private final ContractChecker checker;

    public Planner(ContractChecker checker) {
        this.checker = checker;
    }

    public RolloutPlan plan(Collection<Path> configs, Collection<Surface> deployed) {
        Map<String, Worker> workers = new TreeMap<>();
        for (Path config : configs) {
            Surface surface = checker.extract(config);
            CallerUsage usage = checker.scanCaller(config);
            workers.put(surface.worker(), new Worker(surface.worker(), config, surface, usage, List.of()));
        }
        for (Worker w : List.copyOf(workers.values())) {
            List<String> callees = new TreeSet<>(w.usage().bindings().stream().map(ServiceBinding::service)
                    .filter(s -> workers.containsKey(s) && !s.equals(w.name())).toList()).stream().toList();
            workers.put(w.name(), new Worker(w.name(), w.config(), w.surface(), w.usage(), callees));
        }
        List<List<String>> components = new Tarjan(workers).run();
        List<List<String>> cycles = components.stream().filter(c -> c.size() > 1).toList();

        Map<String, Surface> live = new HashMap<>();
        deployed.forEach(s -> live.put(s.worker(), s));
        List<CallerUsage> usages = workers.values().stream().map(Worker::usage).toList();
        List<RolloutPlan.Step> steps = new ArrayList<>();
        for (List<String> component : components) {
            for (String name : component) {
                Worker w = workers.get(name);
                List<Finding> findings = new ArrayList<>();
                List<Finding> accepted = new ArrayList<>();
                Surface before = live.get(name);
                if (before != null) {
                    List<CallerUsage> callers = usages.stream().filter(u -> !u.worker().equals(name)).toList();
                    Verdict callee = checker.verifyCalleeDeploy(before, w.surface(), callers);
                    findings.addAll(callee.findings());
                    accepted.addAll(callee.suppressed());
                }
                Verdict caller = checker.verifyCallerDeploy(w.usage(), live.values());
                findings.addAll(caller.findings());
                accepted.addAll(caller.suppressed());
                findings.sort(Policy.ORDER);
                accepted.sort(Policy.ORDER);
                steps.add(new RolloutPlan.Step(steps.size() + 1, name, w.config().toString(), w.callees(),
                        new Verdict("deploy " + name, findings, accepted)));
                live.put(name, w.surface());
            }
        }
        return new RolloutPlan(steps, cycles);
    }

    /** Tarjan's algorithm; emits components callees-first, each sorted by name. */
    private static final class Tarjan {
        private final Map<String, Worker> workers;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> out = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, Worker> workers) {
            this.workers = workers;
        }

        List<List<String>> run() {
            for (String name : workers.keySet()) {
                if (!index.containsKey(name)) {
                    visit(name);
                }
            }
            return out;
        }

        private void visit(String v) {
            index.put(v, counter);
            low.put(v, counter++);
            stack.add(v);
            for (String w : workers.get(v).callees()) {
                if (!index.containsKey(w)) {
                    visit(w);
                    low.put(v, Math.min(low.get(v), low.get(w)));
                } else if (stack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
            }
            if (low.get(v).equals(index.get(v))) {
                List<String> component = new ArrayList<>();
                String w;
                do {
                    w = stack.remove(stack.size() - 1);
                    component.add(w);
                } while (!w.equals(v));
                component.sort(String::compareTo);
                out.add(component);
            }
        }
    }
}
