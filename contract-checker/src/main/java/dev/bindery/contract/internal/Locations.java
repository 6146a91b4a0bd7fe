package dev.bindery.contract.internal;

import dev.bindery.contract.SourceLocation;

/** Parses {@code file:line:column} back into a {@link SourceLocation}. */
final class Locations {

    private Locations() {
    }

    static SourceLocation parse(String text) {
        String[] parts = text.split(":");
        int n = parts.length;
        if (n >= 3 && isNumber(parts[n - 1]) && isNumber(parts[n - 2])) {
            return new SourceLocation(text.substring(0, text.length() - parts[n - 1].length() - parts[n - 2].length() - 2),
                    Integer.parseInt(parts[n - 2]), Integer.parseInt(parts[n - 1]));
        }
        if (n >= 2 && isNumber(parts[n - 1])) {
            return new SourceLocation(text.substring(0, text.length() - parts[n - 1].length() - 1),
                    Integer.parseInt(parts[n - 1]), 0);
        }
        return SourceLocation.ofFile(text);
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
