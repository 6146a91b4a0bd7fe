package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstParam;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAwaitExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstNewExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstTpl;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstUnaryExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstBinExpr;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstArrayLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstArrayPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstAssignPatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstBindingIdent;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstKeyValuePatProp;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstObjectPat;
import com.caoccao.javet.swc4j.ast.pat.Swc4jAstRestPat;
import com.caoccao.javet.swc4j.ast.stmt.Swc4jAstReturnStmt;
import com.caoccao.javet.swc4j.ast.ts.Swc4jAstTsTypeAnn;
import dev.bindery.contract.Member;
import dev.bindery.contract.MemberKind;
import dev.bindery.contract.Param;
import dev.bindery.contract.ReturnMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Builds {@link Member}s: parameters, TypeScript or JSDoc types, deprecation, and how the result is passed. */
final class Signatures {

    private static final Pattern IDENT_TYPE = Pattern.compile("([A-Za-z_$][\\w$]*)(<.*>)?");

    private final Resolver resolver;
    private final Consumer<Resolver.ClassDecl> targets;

    /** @param targets receives every {@code RpcTarget} class a result is found to be */
    Signatures(Resolver resolver, Consumer<Resolver.ClassDecl> targets) {
        this.resolver = resolver;
        this.targets = targets;
    }

    /**
     * A method or getter.
     *
     * @param docNode    the node the JSDoc comment is attached to
     * @param maxParams  how many parameters come from the client (1 for plain-object handlers)
     */
    Member function(ModuleIndex m, String name, MemberKind kind, Swc4jAstFunction fn, ISwc4jAst docNode,
                    ISwc4jAst keyNode, int maxParams) {
        SourceFile src = m.source();
        JsDoc doc = JsDoc.parse(src.jsDoc(docNode));
        List<Param> params = new ArrayList<>();
        if (kind == MemberKind.METHOD) {
            List<Swc4jAstParam> declared = fn.getParams();
            for (int i = 0; i < declared.size() && i < maxParams; i++) {
                params.add(param(src, declared.get(i).getPat(), doc));
            }
        }
        String returnType = fn.getReturnType().map(t -> typeText(src, t)).orElse(doc.returnType());
        return withReturn(m, name, kind, fn.isAsync(), params, returnType, fn, doc.deprecated(), src.location(keyNode));
    }

    /** A getter declared in an object literal (no {@link Swc4jAstFunction}). */
    Member getter(ModuleIndex m, String name, Optional<Swc4jAstTsTypeAnn> typeAnn, ISwc4jAst body, ISwc4jAst docNode,
                  ISwc4jAst keyNode) {
        SourceFile src = m.source();
        JsDoc doc = JsDoc.parse(src.jsDoc(docNode));
        String type = typeAnn.map(t -> typeText(src, t)).orElse(doc.returnType());
        return withReturn(m, name, MemberKind.GETTER, false, List.of(), type, body, doc.deprecated(),
                src.location(keyNode));
    }

    /** A prototype value or a non-function property of a plain-object export. */
    Member value(ModuleIndex m, String name, ISwc4jAstExpr value, ISwc4jAst docNode, ISwc4jAst keyNode) {
        JsDoc doc = JsDoc.parse(m.source().jsDoc(docNode));
        ReturnMode mode = valueMode(m, value);
        String target = mode == ReturnMode.RPC_TARGET ? targetName(m, value) : null;
        return new Member(name, MemberKind.VALUE, false, List.of(), doc.returnType(), mode, target, doc.deprecated(),
                m.source().location(keyNode));
    }

    private Member withReturn(ModuleIndex m, String name, MemberKind kind, boolean async, List<Param> params,
                              String returnType, ISwc4jAst body, boolean deprecated,
                              dev.bindery.contract.SourceLocation location) {
        ReturnMode mode = ReturnMode.UNKNOWN;
        String target = null;
        if (returnType != null) {
            String awaited = Types.awaited(returnType);
            var match = IDENT_TYPE.matcher(awaited);
            if (match.matches() && resolver.local(m, match.group(1)) instanceof Resolver.ClassDecl cd
                    && resolver.baseKind(cd) == Resolver.BaseKind.RPC_TARGET) {
                mode = ReturnMode.RPC_TARGET;
                target = register(cd);
            } else {
                mode = awaited.contains("=>") ? ReturnMode.FUNCTION : ReturnMode.VALUE;
            }
        }
        if (mode != ReturnMode.RPC_TARGET) {
            ReturnMode fromBody = ReturnMode.VALUE;
            for (Swc4jAstReturnStmt ret : body.find(Swc4jAstReturnStmt.class)) {
                if (!ownedBy(ret, body) || ret.getArg().isEmpty()) {
                    continue;
                }
                ISwc4jAstExpr arg = ret.getArg().get();
                ReturnMode r = valueMode(m, arg);
                if (r == ReturnMode.RPC_TARGET) {
                    fromBody = r;
                    target = targetName(m, arg);
                    break;
                }
                if (r == ReturnMode.FUNCTION || fromBody == ReturnMode.VALUE) {
                    fromBody = fromBody == ReturnMode.FUNCTION ? fromBody : r;
                }
            }
            if (fromBody == ReturnMode.RPC_TARGET || mode == ReturnMode.UNKNOWN) {
                mode = fromBody;
            }
        }
        return new Member(name, kind, async, params, returnType, mode, target, deprecated, location);
    }

    /** Whether a return statement belongs to this function body and not to a nested function. */
    private static boolean ownedBy(ISwc4jAst ret, ISwc4jAst body) {
        for (ISwc4jAst p = ret.getParent(); p != null; p = p.getParent()) {
            if (p == body) {
                return true;
            }
            if (p instanceof Swc4jAstFunction || p instanceof Swc4jAstArrowExpr) {
                return false;
            }
        }
        return false;
    }

    private ReturnMode valueMode(ModuleIndex m, ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = ModuleIndex.unwrap(expr);
        if (e instanceof Swc4jAstAwaitExpr aw) {
            e = ModuleIndex.unwrap(aw.getArg());
        }
        if (e instanceof Swc4jAstNewExpr n) {
            return resolver.expression(m, n.getCallee()) instanceof Resolver.ClassDecl cd
                    && resolver.baseKind(cd) == Resolver.BaseKind.RPC_TARGET ? ReturnMode.RPC_TARGET : ReturnMode.UNKNOWN;
        }
        if (e instanceof Swc4jAstArrowExpr || e instanceof Swc4jAstFnExpr) {
            return ReturnMode.FUNCTION;
        }
        if (e instanceof ISwc4jAstLit || e instanceof Swc4jAstObjectLit || e instanceof Swc4jAstArrayLit
                || e instanceof Swc4jAstTpl || e instanceof Swc4jAstBinExpr || e instanceof Swc4jAstUnaryExpr) {
            return ReturnMode.VALUE;
        }
        return ReturnMode.UNKNOWN;
    }

    private String targetName(ModuleIndex m, ISwc4jAstExpr expr) {
        ISwc4jAstExpr e = ModuleIndex.unwrap(expr);
        if (e instanceof Swc4jAstAwaitExpr aw) {
            e = ModuleIndex.unwrap(aw.getArg());
        }
        if (e instanceof Swc4jAstNewExpr n && resolver.expression(m, n.getCallee()) instanceof Resolver.ClassDecl cd) {
            return register(cd);
        }
        return null;
    }

    private String register(Resolver.ClassDecl cd) {
        targets.accept(cd);
        return cd.name();
    }

    private Param param(SourceFile src, ISwc4jAstPat pat, JsDoc doc) {
        if (pat instanceof Swc4jAstAssignPat a) {
            Param left = param(src, a.getLeft(), doc);
            return new Param(left.name(), true, src.text(a.getRight()), false, left.type());
        }
        if (pat instanceof Swc4jAstRestPat r) {
            Param inner = param(src, r.getArg(), doc);
            String type = r.getTypeAnn().map(t -> typeText(src, t)).orElse(inner.type());
            return new Param(inner.name(), true, null, true, type);
        }
        String name;
        boolean optional;
        String type;
        if (pat instanceof Swc4jAstBindingIdent b) {
            name = b.getId().getSym();
            optional = b.getId().isOptional();
            type = b.getTypeAnn().map(t -> typeText(src, t)).orElse(null);
        } else if (pat instanceof Swc4jAstObjectPat o) {
            List<String> keys = new ArrayList<>();
            for (var p : o.getProps()) {
                if (p instanceof Swc4jAstKeyValuePatProp kv) {
                    keys.add(src.text(kv.getKey()));
                } else if (p instanceof Swc4jAstAssignPatProp ap) {
                    keys.add(ap.getKey().getId().getSym());
                } else {
                    keys.add("..." );
                }
            }
            name = "{" + String.join(", ", keys) + "}";
            optional = o.isOptional();
            type = o.getTypeAnn().map(t -> typeText(src, t)).orElse(null);
        } else if (pat instanceof Swc4jAstArrayPat ap) {
            name = "[" + ap.getElems().size() + "]";
            optional = ap.isOptional();
            type = ap.getTypeAnn().map(t -> typeText(src, t)).orElse(null);
        } else {
            name = src.text(pat);
            optional = false;
            type = null;
        }
        JsDoc.ParamTag tag = doc.params().get(name);
        if (tag != null) {
            type = type == null ? tag.type() : type;
            optional = optional || tag.optional();
            if (tag.defaultValue() != null) {
                return new Param(name, true, tag.defaultValue(), false, type);
            }
        }
        return new Param(name, optional, null, false, type);
    }

    static String typeText(SourceFile src, Swc4jAstTsTypeAnn ann) {
        return Types.normalize(src.text(ann.getTypeAnn()));
    }
}
