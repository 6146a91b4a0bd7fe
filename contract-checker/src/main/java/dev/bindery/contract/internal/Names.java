package dev.bindery.contract.internal;

import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdent;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstNumber;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import java.util.Set;

/** Member names: literal keys, and the names workerd never dispatches. */
final class Names {

    /** Reserved on WorkerEntrypoint (and plain-object exports): never RPC-callable. */
    static final Set<String> ENTRYPOINT_RESERVED = Set.of("fetch", "connect", "constructor", "alarm",
            "webSocketMessage", "webSocketClose", "webSocketError", "dup");
    /** Reserved on RpcTarget: {@code fetch}, {@code connect} and {@code alarm} are ordinary there. */
    static final Set<String> TARGET_RESERVED = Set.of("constructor", "dup");
    /** Object.prototype names: the caller's stub answers them locally. */
    static final Set<String> OBJECT_PROTOTYPE = Set.of("toString", "valueOf", "hasOwnProperty", "isPrototypeOf",
            "propertyIsEnumerable", "toLocaleString", "__proto__", "__defineGetter__", "__defineSetter__",
            "__lookupGetter__", "__lookupSetter__", "then");

    private Names() {
    }

    /** The literal name of a property key, or {@code null} for a computed key. */
    static String key(ISwc4jAst key) {
        if (key instanceof Swc4jAstIdentName n) {
            return n.getSym();
        }
        if (key instanceof Swc4jAstIdent n) {
            return n.getSym();
        }
        if (key instanceof Swc4jAstStr s) {
            return s.getValue();
        }
        if (key instanceof Swc4jAstNumber n) {
            return n.getRaw().orElse(String.valueOf(n.getValue()));
        }
        return null;
    }

    static boolean reserved(String name, boolean entrypoint) {
        return OBJECT_PROTOTYPE.contains(name)
                || (entrypoint ? ENTRYPOINT_RESERVED : TARGET_RESERVED).contains(name);
    }
}
