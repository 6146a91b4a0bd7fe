package dev.bindery.contract;

/**
 * A {@code services} entry of a caller's wrangler config.
 *
 * @param binding    the name in {@code env}
 * @param service    the callee worker's name
 * @param entrypoint the named entrypoint, or {@code "default"} when the entry has none
 * @param location   the config file
 */
public record ServiceBinding(String binding, String service, String entrypoint, SourceLocation location) {
}
