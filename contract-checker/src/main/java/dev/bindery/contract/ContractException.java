package dev.bindery.contract;

import java.util.Optional;

/**
 * A tool fault: a file that does not parse, a missing config, a corrupt snapshot, an unknown rule id.
 * The message starts with {@code file:line:column:} when a location is known and says how to fix it.
 */
public class ContractException extends RuntimeException {

    private final transient SourceLocation location;

    public ContractException(String message) {
        this(null, message, null);
    }

    public ContractException(SourceLocation location, String message) {
        this(location, message, null);
    }

    public ContractException(SourceLocation location, String message, Throwable cause) {
        super(location == null ? message : location + ": " + message, cause);
        this.location = location;
    }

    /** Where the problem is, when known. */
    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }
}
