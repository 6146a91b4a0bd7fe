package dev.bindery.contract;

import java.util.List;

/**
 * One reported change.
 *
 * @param rule        the catalog rule
 * @param severity    the effective severity (the rule's default, lowered to SAFE for a cleanup no caller uses)
 * @param worker      the worker the subject belongs to
 * @param subject     what changed, e.g. {@code default.counter().increment(by)}
 * @param message     what happened, in one sentence
 * @param oldLocation where it was, or {@code null}
 * @param newLocation where it is now, or {@code null}
 * @param callers     affected call sites (empty when none or unknown)
 * @param fix         how to make the change safe
 * @param fingerprint stable id of the change (no line numbers), used by {@link AcceptedChanges}
 * @param cleanup     {@code true} when a breaking change is safe because no caller uses the subject any more
 */
public record Finding(Rule rule, Severity severity, String worker, String subject, String message,
                      SourceLocation oldLocation, SourceLocation newLocation, List<CallSite> callers, String fix,
                      String fingerprint, boolean cleanup) {

    public Finding {
        callers = List.copyOf(callers);
    }

    /** The location to annotate: the new one when the subject still exists, else the old one. */
    public SourceLocation primaryLocation() {
        return newLocation != null ? newLocation : oldLocation;
    }

    /** The paste-ready JSON entry for the accepted-changes file. */
    public String acceptEntry() {
        return AcceptedChanges.entryFor(this);
    }
}
