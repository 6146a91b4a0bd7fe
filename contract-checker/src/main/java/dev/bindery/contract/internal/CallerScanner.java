package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import dev.bindery.contract.BindingUse;
import dev.bindery.contract.CallerUsage;
import dev.bindery.contract.ServiceBinding;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a caller's bindings from its config and finds every use of them in its modules. */
public final class CallerScanner {

    public CallerUsage scan(Path configFile) {
        WranglerConfig config = WranglerConfig.read(configFile);
        Set<String> bindingNames = new HashSet<>();
        for (ServiceBinding b : config.services()) {
            bindingNames.add(b.binding());
        }
        List<BindingUse> uses = new ArrayList<>();
        if (!bindingNames.isEmpty()) {
            ModuleGraph graph = new ModuleGraph(config.directory());
            Deque<ModuleIndex> queue = new ArrayDeque<>();
            Set<Path> seen = new HashSet<>();
            queue.add(graph.load(config.mainModule()));
            while (!queue.isEmpty()) {
                ModuleIndex m = queue.poll();
                if (!seen.add(m.source().path())) {
                    continue;
                }
                uses.addAll(new UseFinder(m.source(), bindingNames).find());
                for (String spec : relativeImports(m)) {
                    graph.resolve(m, spec, m.source().location(m.source().module())).ifPresent(queue::add);
                }
            }
        }
        uses.sort(Comparator.comparing((BindingUse u) -> u.location().file())
                .thenComparingInt(u -> u.location().line()).thenComparingInt(u -> u.location().column()));
        List<ServiceBinding> bindings = config.services().stream()
                .sorted(Comparator.comparing(ServiceBinding::binding)).toList();
        return new CallerUsage(config.name(), configFile.toString(), config.compatibilityDate(), bindings, uses);
    }

    private static List<String> relativeImports(ModuleIndex m) {
        List<String> specs = new ArrayList<>();
        for (var item : m.source().module().getBody()) {
            if (item instanceof Swc4jAstImportDecl imp) {
                specs.add(imp.getSrc().getValue());
            } else if (item instanceof Swc4jAstNamedExport ne && ne.getSrc().isPresent()) {
                specs.add(ne.getSrc().get().getValue());
            } else if (item instanceof Swc4jAstExportAll all) {
                specs.add(all.getSrc().getValue());
            }
        }
        return specs.stream().filter(s -> s.startsWith("./") || s.startsWith("../")).toList();
    }
}
