package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import java.util.Optional;

/** Follows local names, aliases, imports and re-exports to the declaration they stand for. */
public final class Resolver {

    private static final int MAX_DEPTH = 32;

    /** What a name stands for. */
    public sealed interface Decl permits ClassDecl, ObjectDecl, External, Other {
    }

    /** A class declared in one of the worker's modules. */
    public record ClassDecl(ModuleIndex module, String name, Swc4jAstClass clazz) implements Decl {
    }

    /** A plain object literal. */
    public record ObjectDecl(ModuleIndex module, Swc4jAstObjectLit object) implements Decl {
    }

    /** Something from a package or a global, e.g. {@code WorkerEntrypoint} from {@code cloudflare:workers}. */
    public record External(String specifier, String name) implements Decl {
    }

    /** Any other declaration (a function, a value). */
    public record Other(ModuleIndex module, ISwc4jAst node) implements Decl {
    }

    /** How a class relates to the runtime's base classes. */
    public enum BaseKind { WORKER_ENTRYPOINT, RPC_TARGET, DURABLE_OBJECT, NONE }

    private final ModuleGraph graph;

    public Resolver(ModuleGraph graph) {
        this.graph = graph;
    }

    public ModuleGraph graph() {
        return graph;
    }

    /** The declaration a module exports under this name, following re-exports. */
    public Optional<Decl> export(ModuleIndex module, String name) {
        return Optional.ofNullable(export(module, name, 0));
    }

    private Decl export(ModuleIndex module, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        ModuleIndex.Export e = module.exports().get(name);
        if (e != null) {
            if (e.direct() != null) {
                return declOf(module, name, e.direct(), depth);
            }
            if (e.localName() != null) {
                return local(module, e.localName(), depth + 1);
            }
            ModuleIndex.Import re = e.reExport();
            Optional<ModuleIndex> target = graph.resolve(module, re.specifier(), module.source().location(re.node()));
            return target.isEmpty() ? new External(re.specifier(), re.importedName())
                    : export(target.get(), re.importedName(), depth + 1);
        }
        if (!name.equals("default")) {
            for (String star : module.starExports()) {
                Optional<ModuleIndex> target = graph.resolve(module, star, module.source().location(module.source().module()));
                if (target.isPresent()) {
                    Decl d = export(target.get(), name, depth + 1);
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** What a top-level name of a module stands for. */
    public Decl local(ModuleIndex module, String name) {
        return local(module, name, 0);
    }

    private Decl local(ModuleIndex module, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return new External("", name);
        }
        ISwc4jAst node = module.local(name);
        if (node != null) {
            return declOf(module, name, node, depth);
        }
        ModuleIndex.Import imp = module.importOf(name);
        if (imp != null) {
            Optional<ModuleIndex> target = graph.resolve(module, imp.specifier(), module.source().location(imp.node()));
            if (target.isEmpty()) {
                return new External(imp.specifier(), imp.importedName());
            }
            Decl d = export(target.get(), imp.importedName(), depth + 1);
            return d == null ? new External(imp.specifier(), imp.importedName()) : d;
        }
        return new External("", name);
    }

    private Decl declOf(ModuleIndex module, String name, ISwc4jAst node, int depth) {
        if (node instanceof Swc4jAstClass c) {
            return new ClassDecl(module, name, c);
        }
        if (node instanceof Swc4jAstObjectLit o) {
            return new ObjectDecl(module, o);
        }
        if (node instanceof Swc4jAstIdent id) {
            return local(module, id.getSym(), depth + 1);
        }
        return new Other(module, node);
    }

    /** Resolves an expression naming a class (a super class, a {@code new} callee). */
    public Decl expression(ModuleIndex module, ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = ModuleIndex.unwrap(expr);
        if (e instanceof Swc4jAstIdent id) {
            return local(module, id.getSym());
        }
        if (e instanceof Swc4jAstMemberExpr m && m.getObj() instanceof Swc4jAstIdent ns
                && m.getProp() instanceof Swc4jAstIdentName prop) {
            ModuleIndex.Import imp = module.importOf(ns.getSym());
            if (imp != null && imp.importedName().equals("*")) {
                Optional<ModuleIndex> target = graph.resolve(module, imp.specifier(), module.source().location(imp.node()));
                if (target.isEmpty()) {
                    return new External(imp.specifier(), prop.getSym());
                }
                return export(target.get(), prop.getSym()).orElse(new External(imp.specifier(), prop.getSym()));
            }
        }
        return new Other(module, e);
    }

    /** The resolved super class of a class, if any. */
    public Optional<Decl> superOf(ClassDecl c) {
        return c.clazz().getSuperClass().map(s -> expression(c.module(), s));
    }

    /** Which runtime base class a class extends, through local base classes. */
    public BaseKind baseKind(ClassDecl c) {
        Decl current = c;
        for (int i = 0; i < MAX_DEPTH && current instanceof ClassDecl cd; i++) {
            Optional<Decl> sup = superOf(cd);
            if (sup.isEmpty()) {
                return BaseKind.NONE;
            }
            current = sup.get();
        }
        if (current instanceof External ext) {
            return switch (ext.name()) {
                case "WorkerEntrypoint" -> BaseKind.WORKER_ENTRYPOINT;
                case "RpcTarget" -> BaseKind.RPC_TARGET;
                case "DurableObject" -> BaseKind.DURABLE_OBJECT;
                default -> BaseKind.NONE;
            };
        }
        return BaseKind.NONE;
    }
}
