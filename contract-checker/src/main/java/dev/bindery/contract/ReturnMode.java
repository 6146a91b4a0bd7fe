package dev.bindery.contract;

/** How a method's result crosses the RPC boundary. */
public enum ReturnMode {
    /** Structured clone: the caller gets a copy. */
    VALUE,
    /** An {@code RpcTarget} instance: the caller gets a stub whose members are remote calls. */
    RPC_TARGET,
    /** A function: the caller gets a callable stub. */
    FUNCTION,
    /** Not decidable from the source. */
    UNKNOWN
}
