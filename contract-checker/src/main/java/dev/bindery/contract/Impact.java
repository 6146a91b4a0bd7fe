package dev.bindery.contract;

/** Which callers a rule protects (japicmp's binary versus source compatibility). */
public enum Impact {
    /** Breaks JS or TS callers that are already deployed, at call time. */
    RUNTIME,
    /** Breaks TypeScript callers the next time they type-check against {@code Service<typeof X>}. */
    TYPES
}
