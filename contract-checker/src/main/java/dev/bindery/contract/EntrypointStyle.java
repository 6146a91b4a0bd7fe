package dev.bindery.contract;

/** How an entrypoint is written. */
public enum EntrypointStyle {
    /** A class extending {@code WorkerEntrypoint}: any number of arguments. */
    CLASS,
    /** A plain-object default export: each function takes exactly one client argument. */
    OBJECT
}
