package dev.bindery.contract.internal;

import dev.bindery.contract.Entrypoint;
import dev.bindery.contract.EntrypointStyle;
import dev.bindery.contract.Surface;
import dev.bindery.contract.TargetClass;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds a worker's {@link Surface} from its wrangler config and sources. */
public final class SurfaceExtractor {

    public Surface extract(Path configFile) {
        WranglerConfig config = WranglerConfig.read(configFile);
        ModuleGraph graph = new ModuleGraph(config.directory());
        ModuleIndex main = graph.load(config.mainModule());
        return extract(config, main, new Resolver(graph));
    }

    Surface extract(WranglerConfig config, ModuleIndex main, Resolver resolver) {
        Map<String, Resolver.ClassDecl> pendingTargets = new LinkedHashMap<>();
        Signatures signatures = new Signatures(resolver, cd -> pendingTargets.putIfAbsent(cd.name(), cd));
        ClassMembers classMembers = new ClassMembers(resolver, signatures);
        ObjectMembers objectMembers = new ObjectMembers(signatures);

        List<Entrypoint> entrypoints = new ArrayList<>();
        for (String name : exportNames(resolver, main, new HashSet<>())) {
            resolver.export(main, name).ifPresent(decl -> {
                if (decl instanceof Resolver.ClassDecl cd
                        && resolver.baseKind(cd) == Resolver.BaseKind.WORKER_ENTRYPOINT) {
                    ClassMembers.Result r = classMembers.collect(cd, true);
                    entrypoints.add(new Entrypoint(name, EntrypointStyle.CLASS,
                            cd.module().source().location(cd.clazz()), r.members(), r.hidden()));
                } else if (name.equals(Entrypoint.DEFAULT) && decl instanceof Resolver.ObjectDecl od) {
                    ClassMembers.Result r = objectMembers.collect(od.module(), od.object());
                    entrypoints.add(new Entrypoint(name, EntrypointStyle.OBJECT,
                            od.module().source().location(od.object()), r.members(), r.hidden()));
                }
            });
        }
        entrypoints.sort(Comparator.comparing((Entrypoint e) -> !e.name().equals(Entrypoint.DEFAULT))
                .thenComparing(Entrypoint::name));

        Map<String, TargetClass> targets = new LinkedHashMap<>();
        while (targets.size() < pendingTargets.size()) {
            for (Resolver.ClassDecl cd : List.copyOf(pendingTargets.values())) {
                if (!targets.containsKey(cd.name())) {
                    targets.put(cd.name(), null);
                    ClassMembers.Result r = classMembers.collect(cd, false);
                    targets.put(cd.name(), new TargetClass(cd.name(), cd.module().source().location(cd.clazz()),
                            r.members(), r.hidden()));
                }
            }
        }
        List<TargetClass> sortedTargets = targets.values().stream()
                .sorted(Comparator.comparing(TargetClass::name)).toList();
        return new Surface(Surface.FORMAT_VERSION, config.name(), config.compatibilityDate(), entrypoints,
                sortedTargets);
    }

    /** Export names of a module, including those of {@code export * from} modules (never their default). */
    private static Set<String> exportNames(Resolver resolver, ModuleIndex module, Set<ModuleIndex> visited) {
        Set<String> names = new TreeSet<>(module.exports().keySet());
        if (visited.add(module)) {
            for (String star : module.starExports()) {
                resolver.graph().resolve(module, star, module.source().location(module.source().module()))
                        .ifPresent(target -> exportNames(resolver, target, visited).stream()
                                .filter(n -> !n.equals(Entrypoint.DEFAULT)).forEach(names::add));
            }
        }
        return names;
    }
}
