package dev.bindery.contract;

import java.util.List;

/**
 * A member that workerd dispatches: a prototype method, getter or value, own or inherited.
 *
 * @param name         member name
 * @param kind         method, getter or value
 * @param async        declared {@code async} (compatible either way: every RPC result is a thenable)
 * @param params       parameters in order (empty for getters and values)
 * @param returnType   TypeScript or JSDoc result type, or {@code null}
 * @param returnMode   by value, by stub, or unknown
 * @param returnTarget name of the returned {@code RpcTarget} class (see {@link Surface#targets()}), or {@code null}
 * @param deprecated   carries {@code @deprecated}
 * @param location     where it is declared
 */
public record Member(String name, MemberKind kind, boolean async, List<Param> params, String returnType,
                     ReturnMode returnMode, String returnTarget, boolean deprecated, SourceLocation location) {

    public Member {
        params = List.copyOf(params);
    }
}
