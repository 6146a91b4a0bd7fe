package dev.bindery.contract;

/**
 * A caller's use affected by a finding.
 *
 * @param worker   the caller worker
 * @param binding  the binding it goes through
 * @param use      what the source does, e.g. {@code env.BILLING.charge(2 args)}
 * @param location where
 */
public record CallSite(String worker, String binding, String use, SourceLocation location) {
}
