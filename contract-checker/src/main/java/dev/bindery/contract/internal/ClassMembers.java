package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstClassProp;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstConstructor;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateMethod;
import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstPrivateProp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstMethodKind;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstArrowExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstAssignExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstFnExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMemberExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstThisExpr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAstClassMember;
import dev.bindery.contract.Exposure;
import dev.bindery.contract.HiddenMember;
import dev.bindery.contract.Member;
import dev.bindery.contract.MemberKind;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The members workerd dispatches on a class: prototype methods, getters and values along the chain of local
 * base classes (the subclass wins); everything else declared is kept as hidden with the reason.
 */
final class ClassMembers {

    record Result(List<Member> members, List<HiddenMember> hidden) {
    }

    private final Resolver resolver;
    private final Signatures signatures;

    ClassMembers(Resolver resolver, Signatures signatures) {
        this.resolver = resolver;
        this.signatures = signatures;
    }

    Result collect(Resolver.ClassDecl start, boolean entrypoint) {
        Map<String, Member> members = new TreeMap<>();
        Map<String, HiddenMember> hidden = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        Resolver.Decl current = start;
        for (int depth = 0; depth < 32 && current instanceof Resolver.ClassDecl cd; depth++) {
            ModuleIndex m = cd.module();
            for (ISwc4jAstClassMember member : cd.clazz().getBody()) {
                collectOne(m, member, entrypoint, members, hidden, seen);
            }
            for (Swc4jAstAssignExpr a : m.prototypeAssignments(cd.name())) {
                Swc4jAstMemberExpr left = (Swc4jAstMemberExpr) a.getLeft();
                String name = ((Swc4jAstIdentName) left.getProp()).getSym();
                if (seen.add(name)) {
                    if (Names.reserved(name, entrypoint)) {
                        hidden.put(name, new HiddenMember(name, Exposure.RESERVED, m.source().location(left)));
                    } else {
                        var value = ModuleIndex.unwrap(a.getRight());
                        members.put(name, value instanceof Swc4jAstFnExpr fe
                                ? signatures.function(m, name, MemberKind.METHOD, fe.getFunction(), a.getParent(),
                                left.getProp(), Integer.MAX_VALUE)
                                : signatures.value(m, name, value, a.getParent(), left.getProp()));
                    }
                }
            }
            Optional<Resolver.Decl> sup = resolver.superOf(cd);
            current = sup.orElse(null);
        }
        for (String name : members.keySet()) {
            hidden.remove(name);
        }
        return new Result(List.copyOf(members.values()),
                hidden.values().stream().sorted(Comparator.comparing(HiddenMember::name)).toList());
    }

    private void collectOne(ModuleIndex m, ISwc4jAstClassMember member, boolean entrypoint,
                            Map<String, Member> members, Map<String, HiddenMember> hidden, Set<String> seen) {
        SourceFile src = m.source();
        if (member instanceof Swc4jAstClassMethod cm) {
            String name = Names.key(cm.getKey());
            if (name == null || cm.getKind() == Swc4jAstMethodKind.Setter) {
                return;
            }
            if (cm.isStatic()) {
                hidden.putIfAbsent(name, new HiddenMember(name, Exposure.STATIC, src.location(cm.getKey())));
                return;
            }
            if (!seen.add(name)) {
                return;
            }
            if (Names.reserved(name, entrypoint)) {
                hidden.put(name, new HiddenMember(name, Exposure.RESERVED, src.location(cm.getKey())));
                return;
            }
            MemberKind kind = cm.getKind() == Swc4jAstMethodKind.Getter ? MemberKind.GETTER : MemberKind.METHOD;
            members.put(name, signatures.function(m, name, kind, cm.getFunction(), cm, cm.getKey(), Integer.MAX_VALUE));
        } else if (member instanceof Swc4jAstPrivateMethod pm) {
            String name = "#" + pm.getKey().getName();
            hidden.putIfAbsent(name, new HiddenMember(name, Exposure.PRIVATE, src.location(pm.getKey())));
        } else if (member instanceof Swc4jAstPrivateProp pp) {
            String name = "#" + pp.getKey().getName();
            hidden.putIfAbsent(name, new HiddenMember(name, Exposure.PRIVATE, src.location(pp.getKey())));
        } else if (member instanceof Swc4jAstClassProp cp) {
            String name = Names.key(cp.getKey());
            if (name == null) {
                return;
            }
            if (cp.isStatic()) {
                hidden.putIfAbsent(name, new HiddenMember(name, Exposure.STATIC, src.location(cp.getKey())));
            } else if (seen.add(name)) {
                hidden.put(name, new HiddenMember(name, Exposure.INSTANCE_FIELD, src.location(cp.getKey())));
            }
        } else if (member instanceof Swc4jAstConstructor ctor) {
            ctor.getBody().ifPresent(body -> {
                for (Swc4jAstAssignExpr a : body.find(Swc4jAstAssignExpr.class)) {
                    if (a.getLeft() instanceof Swc4jAstMemberExpr me && me.getObj() instanceof Swc4jAstThisExpr
                            && me.getProp() instanceof Swc4jAstIdentName prop && !insideNestedFunction(a, body)
                            && seen.add(prop.getSym())) {
                        hidden.put(prop.getSym(), new HiddenMember(prop.getSym(), Exposure.INSTANCE_FIELD,
                                src.location(prop)));
                    }
                }
            });
        }
    }

    private static boolean insideNestedFunction(ISwc4jAst node, ISwc4jAst body) {
        for (ISwc4jAst p = node.getParent(); p != null && p != body; p = p.getParent()) {
            if (p instanceof Swc4jAstFnExpr || p instanceof Swc4jAstArrowExpr) {
                return true;
            }
        }
        return false;
    }
}
