package dev.bindery.contract;

import java.util.List;

/**
 * One use of a service binding in a caller's source.
 *
 * @param binding       the binding name
 * @param path          member names from the entrypoint down, e.g. {@code [counter, increment]} for
 *                      {@code env.B.counter().increment()}; for {@link UseKind#DYNAMIC} the resolved prefix
 * @param kind          call, property read, fetch or dynamic
 * @param argumentCount arguments of the call on the first member ({@code path[0]}), -1 when it is not
 *                      called or the arguments are spread
 * @param location      the call site
 */
public record BindingUse(String binding, List<String> path, UseKind kind, int argumentCount, SourceLocation location) {

    public BindingUse {
        path = List.copyOf(path);
    }
}
