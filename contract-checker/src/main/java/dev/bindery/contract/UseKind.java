package dev.bindery.contract;

/** How a caller's source uses a binding. */
public enum UseKind {
    /** {@code env.B.m(...)}, possibly pipelined: {@code env.B.m().n()}. */
    CALL,
    /** {@code await env.B.p} or {@code env.B.m().p}. */
    PROPERTY,
    /** {@code env.B.fetch(...)}: HTTP, not RPC. */
    FETCH,
    /** A computed name ({@code env.B[name]}) or the binding passed on: not resolvable statically. */
    DYNAMIC
}
