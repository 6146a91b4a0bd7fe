package dev.bindery.contract;

/**
 * How bad a change is, worst first (oasdiff's ERR/WARN/INFO, GraphQL Inspector's criticality).
 */
public enum Severity {
    /** Callers that exist today fail at run time or at type-check. */
    BREAKING,
    /** Callers keep working but may silently behave differently; a person should look. */
    DANGEROUS,
    /** Compatible: safe to deploy in any order. */
    SAFE;

    /** Whether this severity is at least as bad as {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses a severity name, case-insensitively; the error lists the accepted values. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.name().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new ContractException("Unknown severity '" + text + "'. Accepted values: BREAKING, DANGEROUS, SAFE.");
    }
}
