package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClass;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstClassExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstParenExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsAsExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTsSatisfiesExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleExportName;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstModuleItem;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportDefaultExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDefaultSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportNamedSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportStarAsSpecifier;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstClassDecl;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstExprStmt;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstVarDecl;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one module declares, imports and exports, by name; built once per module. */
public final class ModuleIndex {

    /** An import binding: {@code importedName} is {@code "default"}, {@code "*"} or an export name. */
    public record Import(String specifier, String importedName, ISwc4jAst node) {
    }

    /** An export: either a local name, a direct expression, or a re-export from another module. */
    public record Export(String localName, ISwc4jAst direct, Import reExport, ISwc4jAst node) {
    }

    private final SourceFile source;
    private final Map<String, ISwc4jAst> locals = new HashMap<>();
    private final Map<String, Import> imports = new HashMap<>();
    private final Map<String, Export> exports = new LinkedHashMap<>();
    private final List<String> starExports = new ArrayList<>();
    private final Map<String, List<Swc4jAstAssignExpr>> prototypeAssignments = new HashMap<>();

    ModuleIndex(SourceFile source) {
        this.source = source;
        for (ISwc4jAstModuleItem item : source.module().getBody()) {
            index(item);
        }
    }

    private void index(ISwc4jAstModuleItem item) {
        if (item instanceof Swc4jAstClassDecl c) {
            locals.put(c.getIdent().getSym(), c.getClazz());
        } else if (item instanceof Swc4jAstVarDecl v) {
            indexVar(v);
        } else if (item instanceof com.caoccao.javet.swc4j.ast.stmt.Swc4jAstFnDecl f) {
            locals.put(f.getIdent().getSym(), f.getFunction());
        } else if (item instanceof Swc4jAstImportDecl imp) {
            String spec = imp.getSrc().getValue();
            for (var s : imp.getSpecifiers()) {
                if (s instanceof Swc4jAstImportNamedSpecifier n) {
                    String imported = n.getImported().map(ModuleIndex::exportName).orElse(n.getLocal().getSym());
                    imports.put(n.getLocal().getSym(), new Import(spec, imported, n));
                } else if (s instanceof Swc4jAstImportDefaultSpecifier d) {
                    imports.put(d.getLocal().getSym(), new Import(spec, "default", d));
                } else if (s instanceof Swc4jAstImportStarAsSpecifier st) {
                    imports.put(st.getLocal().getSym(), new Import(spec, "*", st));
                }
            }
        } else if (item instanceof Swc4jAstExportDecl e) {
            if (e.getDecl() instanceof Swc4jAstClassDecl c) {
                locals.put(c.getIdent().getSym(), c.getClazz());
                exports.put(c.getIdent().getSym(), new Export(c.getIdent().getSym(), null, null, e));
            } else if (e.getDecl() instanceof Swc4jAstVarDecl v) {
                for (String name : indexVar(v)) {
                    exports.put(name, new Export(name, null, null, e));
                }
            }
        } else if (item instanceof Swc4jAstExportDefaultDecl d) {
            if (d.getDecl() instanceof Swc4jAstClassExpr ce) {
                if (ce.getIdent().isPresent()) {
                    String name = ce.getIdent().get().getSym();
                    locals.put(name, ce.getClazz());
                    exports.put("default", new Export(name, null, null, d));
                } else {
                    exports.put("default", new Export(null, ce.getClazz(), null, d));
                }
            }
        } else if (item instanceof Swc4jAstExportDefaultExpr d) {
            ISwc4jAstExpr expr = unwrap(d.getExpr());
            if (expr instanceof Swc4jAstIdent id) {
                exports.put("default", new Export(id.getSym(), null, null, d));
            } else {
                exports.put("default", new Export(null, expr instanceof Swc4jAstClassExpr ce ? ce.getClazz() : expr,
                        null, d));
            }
        } else if (item instanceof Swc4jAstNamedExport ne) {
            String from = ne.getSrc().map(Swc4jAstStr::getValue).orElse(null);
            for (var s : ne.getSpecifiers()) {
                if (s instanceof Swc4jAstExportNamedSpecifier n) {
                    String orig = exportName(n.getOrig());
                    String exported = n.getExported().map(ModuleIndex::exportName).orElse(orig);
                    exports.put(exported, from == null ? new Export(orig, null, null, ne)
                            : new Export(null, null, new Import(from, orig, n), ne));
                }
            }
        } else if (item instanceof Swc4jAstExportAll all) {
            starExports.add(all.getSrc().getValue());
        } else if (item instanceof Swc4jAstExprStmt st && st.getExpr() instanceof Swc4jAstAssignExpr a) {
            indexPrototypeAssignment(a);
        }
    }

    private List<String> indexVar(Swc4jAstVarDecl v) {
        List<String> names = new ArrayList<>();
        for (var d : v.getDecls()) {
            if (d.getName() instanceof Swc4jAstBindingIdent b) {
                String name = b.getId().getSym();
                names.add(name);
                d.getInit().map(ModuleIndex::unwrap).ifPresent(init ->
                        locals.put(name, init instanceof Swc4jAstClassExpr ce ? ce.getClazz() : init));
            }
        }
        return names;
    }

    /** {@code X.prototype.name = value} at module level. */
    private void indexPrototypeAssignment(Swc4jAstAssignExpr a) {
        if (a.getLeft() instanceof Swc4jAstMemberExpr outer && outer.getProp() instanceof Swc4jAstIdentName
                && outer.getObj() instanceof Swc4jAstMemberExpr inner && inner.getObj() instanceof Swc4jAstIdent cls
                && inner.getProp() instanceof Swc4jAstIdentName p && p.getSym().equals("prototype")) {
            prototypeAssignments.computeIfAbsent(cls.getSym(), k -> new ArrayList<>()).add(a);
        }
    }

    static String exportName(ISwc4jAstModuleExportName name) {
        if (name instanceof Swc4jAstIdent id) {
            return id.getSym();
        }
        return ((Swc4jAstStr) name).getValue();
    }

    /** Strips parentheses and TypeScript {@code as}/{@code satisfies} wrappers. */
    static ISwc4jAstExpr unwrap(ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = expr;
        while (true) {
            if (e instanceof Swc4jAstParenExpr p) {
                e = p.getExpr();
            } else if (e instanceof Swc4jAstTsAsExpr as) {
                e = as.getExpr();
            } else if (e instanceof Swc4jAstTsSatisfiesExpr sat) {
                e = sat.getExpr();
            } else {
                return e;
            }
        }
    }

    public SourceFile source() {
        return source;
    }

    /** A top-level declaration: a {@link Swc4jAstClass}, a function, or a variable's initializer. */
    public ISwc4jAst local(String name) {
        return locals.get(name);
    }

    public Import importOf(String name) {
        return imports.get(name);
    }

    public Map<String, Export> exports() {
        return exports;
    }

    public List<String> starExports() {
        return starExports;
    }

    public List<Swc4jAstAssignExpr> prototypeAssignments(String className) {
        return prototypeAssignments.getOrDefault(className, List.of());
    }
}
