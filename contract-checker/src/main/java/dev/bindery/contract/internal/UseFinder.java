package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstComputedPropName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstOptChainExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsNonNullExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstKeyValuePatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDeclarator;
import dev.bindery.contract.BindingUse;
import dev.bindery.contract.UseKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds uses of service bindings in one module: {@code env.B.m()}, {@code this.env.B.m()}, destructured
 * {@code const {B} = env}, aliases, pipelined calls ({@code env.B.m().n()}), results kept in variables,
 * property reads, {@code fetch}, and computed names (reported as dynamic). Names are matched module-wide,
 * without scope analysis.
 */
final class UseFinder {

    /** Where an identifier leads: a binding, and the member path below it. */
    private record Target(String binding, List<String> path) {
    }

    private final SourceFile source;
    private final Set<String> bindings;
    private final Set<String> envNames = new HashSet<>(Set.of("env"));
    private final Map<String, Target> aliases = new HashMap<>();
    private final Set<ISwc4jAst> declarationInits = new HashSet<>();

    UseFinder(SourceFile source, Set<String> bindings) {
        this.source = source;
        this.bindings = bindings;
    }

    List<BindingUse> find() {
        List<Swc4jAstVarDeclarator> decls = source.module().find(Swc4jAstVarDeclarator.class);
        for (int pass = 0; pass < 3; pass++) {
            for (Swc4jAstVarDeclarator d : decls) {
                d.getInit().ifPresent(init -> alias(d, init));
            }
        }
        List<BindingUse> uses = new ArrayList<>();
        for (Swc4jAstMemberExpr m : source.module().find(Swc4jAstMemberExpr.class)) {
            if (isEnv(m.getObj())) {
                String name = propName(m);
                if (name != null && bindings.contains(name)) {
                    chain(m, new Target(name, List.of()), uses);
                }
            }
        }
        for (Swc4jAstIdent id : source.module().find(Swc4jAstIdent.class)) {
            Target t = aliases.get(id.getSym());
            if (t != null && !(id.getParent() instanceof Swc4jAstBindingIdent)
                    && !(id.getParent() instanceof Swc4jAstAssignPatProp)) {
                chain(id, t, uses);
            }
        }
        return uses;
    }

    private void alias(Swc4jAstVarDeclarator d, ISwc4jAstExpr init) {
        ISwc4jAstExpr value = strip(init);
        if (d.getName() instanceof Swc4jAstBindingIdent b) {
            String local = b.getId().getSym();
            if (isEnv(value)) {
                envNames.add(local);
                return;
            }
            Target t = resolve(value);
            if (t != null) {
                aliases.put(local, t);
                declarationInits.add(init);
            }
        } else if (d.getName() instanceof Swc4jAstObjectPat pat && isEnv(value)) {
            for (var p : pat.getProps()) {
                if (p instanceof Swc4jAstAssignPatProp ap && bindings.contains(ap.getKey().getId().getSym())) {
                    aliases.put(ap.getKey().getId().getSym(), new Target(ap.getKey().getId().getSym(), List.of()));
                } else if (p instanceof Swc4jAstKeyValuePatProp kv && kv.getValue() instanceof Swc4jAstBindingIdent bi) {
                    String key = Names.key(kv.getKey());
                    if (key != null && bindings.contains(key)) {
                        aliases.put(bi.getId().getSym(), new Target(key, List.of()));
                    }
                }
            }
        }
    }

    /** The binding and path an expression denotes, when it is a chain of literal names on a binding. */
    private Target resolve(ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = strip(expr);
        if (e instanceof Swc4jAstIdent id) {
            return aliases.get(id.getSym());
        }
        if (e instanceof Swc4jAstCallExpr call && call.getCallee() instanceof ISwc4jAstExpr callee) {
            return resolve(callee);
        }
        if (e instanceof Swc4jAstMemberExpr m) {
            String name = propName(m);
            if (name == null) {
                return null;
            }
            if (isEnv(m.getObj())) {
                return bindings.contains(name) ? new Target(name, List.of()) : null;
            }
            Target base = resolve(m.getObj());
            if (base == null || name.equals("fetch")) {
                return null;
            }
            List<String> path = new ArrayList<>(base.path());
            path.add(name);
            return new Target(base.binding(), path);
        }
        return null;
    }

    private static ISwc4jAstExpr strip(ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = expr;
        while (true) {
            if (e instanceof Swc4jAstAwaitExpr a) {
                e = a.getArg();
            } else if (e instanceof Swc4jAstParenExpr p) {
                e = p.getExpr();
            } else if (e instanceof Swc4jAstTsNonNullExpr n) {
                e = n.getExpr();
            } else if (e instanceof Swc4jAstTsAsExpr as) {
                e = as.getExpr();
            } else {
                return e;
            }
        }
    }

    private boolean isEnv(ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = strip(expr);
        if (e instanceof Swc4jAstIdent id) {
            return envNames.contains(id.getSym());
        }
        return e instanceof Swc4jAstMemberExpr m && m.getObj() instanceof Swc4jAstThisExpr
                && "env".equals(propName(m));
    }

    private static String propName(Swc4jAstMemberExpr m) {
        if (m.getProp() instanceof Swc4jAstIdentName n) {
            return n.getSym();
        }
        if (m.getProp() instanceof Swc4jAstComputedPropName c && c.getExpr() instanceof Swc4jAstStr s) {
            return s.getValue();
        }
        return null;
    }

    /** Walks up from the binding (or an alias) through member reads, calls and awaits; records one use. */
    private void chain(ISwc4jAst root, Target start, List<BindingUse> uses) {
        List<String> path = new ArrayList<>(start.path());
        UseKind kind = null;
        int argc = -1;
        ISwc4jAst cur = root;
        while (true) {
            ISwc4jAst p = cur.getParent();
            if (p instanceof Swc4jAstMemberExpr m && m.getObj() == cur) {
                String name = propName(m);
                if (name == null) {
                    uses.add(new BindingUse(start.binding(), path, UseKind.DYNAMIC, -1, source.location(root)));
                    return;
                }
                if (path.isEmpty() && name.equals("fetch")) {
                    uses.add(new BindingUse(start.binding(), List.of(), UseKind.FETCH, -1, source.location(root)));
                    return;
                }
                path.add(name);
                kind = UseKind.PROPERTY;
            } else if (p instanceof Swc4jAstCallExpr call && call.getCallee() == cur && !path.isEmpty()) {
                if (path.size() == start.path().size() + 1 && start.path().isEmpty()) {
                    argc = call.isSpreadPresent() ? -1 : call.getArgs().size();
                }
                kind = UseKind.CALL;
            } else if (!(p instanceof Swc4jAstAwaitExpr || p instanceof Swc4jAstParenExpr
                    || p instanceof Swc4jAstTsNonNullExpr || p instanceof Swc4jAstOptChainExpr
                    || p instanceof Swc4jAstTsAsExpr)) {
                break;
            }
            cur = p;
        }
        if (kind == null && !start.path().isEmpty()) {
            return;
        }
        if (kind == null) {
            boolean declaration = cur.getParent() instanceof Swc4jAstVarDeclarator d && d.getInit().isPresent()
                    && declarationInits.contains(d.getInit().get());
            if (!declaration) {
                uses.add(new BindingUse(start.binding(), List.of(), UseKind.DYNAMIC, -1, source.location(root)));
            }
            return;
        }
        if (cur.getParent() instanceof Swc4jAstVarDeclarator d && d.getInit().isPresent()
                && declarationInits.contains(d.getInit().get()) && path.equals(start.path())) {
            return;
        }
        uses.add(new BindingUse(start.binding(), path, kind, argc, source.location(root)));
    }
}
