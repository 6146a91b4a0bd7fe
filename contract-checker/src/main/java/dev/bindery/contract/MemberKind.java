package dev.bindery.contract;

/** How a caller reaches a member. */
public enum MemberKind {
    /** A prototype method: {@code await env.B.m(args)}. */
    METHOD,
    /** A prototype getter: {@code await env.B.p}. */
    GETTER,
    /** A value assigned to the prototype, or a non-function property of a plain-object export. */
    VALUE
}
