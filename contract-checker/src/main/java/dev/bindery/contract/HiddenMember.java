package dev.bindery.contract;

/**
 * A member declared in source that callers cannot reach over RPC; kept so that a member moving from the
 * surface into hiding is reported as such rather than as a plain removal.
 */
public record HiddenMember(String name, Exposure reason, SourceLocation location) {
}
