package dev.bindery.contract;

/**
 * One positional parameter of an RPC method.
 *
 * @param name         the identifier, or the source text of a destructuring pattern
 * @param optional     {@code true} when callers may omit it: a default value, {@code ?} or a JSDoc {@code [name]}
 * @param defaultValue source text of the default value, or {@code null}
 * @param rest         {@code true} for {@code ...rest}
 * @param type         TypeScript or JSDoc type text, or {@code null} when absent
 */
public record Param(String name, boolean optional, String defaultValue, boolean rest, String type) {
}
