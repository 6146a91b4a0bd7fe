package dev.bindery.contract;

/** Why a declared member is not dispatched by workerd. */
public enum Exposure {
    /** A {@code #private} name. */
    PRIVATE,
    /** A {@code static} member: it lives on the constructor, not the prototype. */
    STATIC,
    /** An instance or arrow-function class field, or a constructor-assigned property. */
    INSTANCE_FIELD,
    /** A reserved name: fetch, connect, constructor, alarm, webSocket*, dup. */
    RESERVED
}
