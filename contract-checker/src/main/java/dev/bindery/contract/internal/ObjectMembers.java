package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstFunction;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstGetterProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstMethodProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstExpr;
import dev.bindery.contract.Exposure;
import dev.bindery.contract.HiddenMember;
import dev.bindery.contract.Member;
import dev.bindery.contract.MemberKind;
import dev.bindery.contract.Param;
import dev.bindery.contract.ReturnMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Members of a plain-object default export: own properties; functions take exactly one client argument
 * (the rest are {@code env} and {@code ctx}).
 */
final class ObjectMembers {

    private final Signatures signatures;

    ObjectMembers(Signatures signatures) {
        this.signatures = signatures;
    }

    ClassMembers.Result collect(ModuleIndex m, Swc4jAstObjectLit object) {
        Map<String, Member> members = new TreeMap<>();
        Map<String, HiddenMember> hidden = new TreeMap<>();
        SourceFile src = m.source();
        for (var prop : object.getProps()) {
            if (prop instanceof Swc4jAstMethodProp mp) {
                add(m, Names.key(mp.getKey()), mp.getKey(), mp, mp.getFunction(), members, hidden);
            } else if (prop instanceof Swc4jAstGetterProp gp) {
                String name = Names.key(gp.getKey());
                if (name != null && !reserve(name, src, gp.getKey(), hidden)) {
                    members.put(name, signatures.getter(m, name, gp.getTypeAnn(),
                            gp.getBody().isPresent() ? gp.getBody().get() : gp, gp, gp.getKey()));
                }
            } else if (prop instanceof Swc4jAstKeyValueProp kv) {
                String name = Names.key(kv.getKey());
                ISwc4jAstExpr value = ModuleIndex.unwrap(kv.getValue());
                if (value instanceof Swc4jAstFnExpr fe) {
                    add(m, name, kv.getKey(), kv, fe.getFunction(), members, hidden);
                } else if (value instanceof Swc4jAstArrowExpr arrow) {
                    if (name != null && !reserve(name, src, kv.getKey(), hidden)) {
                        members.put(name, arrowMember(m, name, arrow, kv));
                    }
                } else if (name != null && !reserve(name, src, kv.getKey(), hidden)) {
                    members.put(name, signatures.value(m, name, value, kv, kv.getKey()));
                }
            } else if (prop instanceof Swc4jAstIdent id) {
                String name = id.getSym();
                if (reserve(name, src, id, hidden)) {
                    continue;
                }
                if (m.local(name) instanceof Swc4jAstFunction fn) {
                    add(m, name, id, fn.getParent(), fn, members, hidden);
                } else {
                    members.put(name, signatures.value(m, name, id, id, id));
                }
            }
        }
        return new ClassMembers.Result(List.copyOf(members.values()), List.copyOf(hidden.values()));
    }

    private void add(ModuleIndex m, String name, com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst key,
                     com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst docNode, Swc4jAstFunction fn,
                     Map<String, Member> members, Map<String, HiddenMember> hidden) {
        if (name == null || reserve(name, m.source(), key, hidden)) {
            return;
        }
        members.put(name, signatures.function(m, name, MemberKind.METHOD, fn, docNode, key, 1));
    }

    private Member arrowMember(ModuleIndex m, String name, Swc4jAstArrowExpr arrow, Swc4jAstKeyValueProp kv) {
        SourceFile src = m.source();
        List<Param> params = arrow.getParams().isEmpty() ? List.of()
                : List.of(new Param(src.text(arrow.getParams().get(0)), false, null, false, null));
        String type = arrow.getReturnType().map(t -> Signatures.typeText(src, t)).orElse(null);
        return new Member(name, MemberKind.METHOD, arrow.isAsync(), params, type,
                type == null ? ReturnMode.UNKNOWN : ReturnMode.VALUE, null, false, src.location(kv.getKey()));
    }

    private static boolean reserve(String name, SourceFile src, com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst key,
                                   Map<String, HiddenMember> hidden) {
        if (Names.reserved(name, true)) {
            hidden.put(name, new HiddenMember(name, Exposure.RESERVED, src.location(key)));
            return true;
        }
        return false;
    }
}
